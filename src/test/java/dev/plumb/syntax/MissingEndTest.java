package dev.plumb.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** P105's hint read back to where the '%end' goes, as the editor's fix reads it. */
class MissingEndTest {
  @Test
  void theHintReadsBackToItsPlace() {
    assertEquals(new MissingEnd(0), MissingEnd.of(new MissingEnd(0).hint()));
    assertEquals(new MissingEnd(12), MissingEnd.of(new MissingEnd(12).hint()));
  }

  @Test
  void otherHintsAreNone() {
    assertNull(MissingEnd.of(null));
    assertNull(MissingEnd.of("did you mean '%end'?"));
    assertNull(MissingEnd.of(new MissingEnd(0).hint() + ", before line x"));
  }
}
