package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code --step-timeout}'s durations, read and told back. */
class DurationsTest {
  @Test
  void eachUnitReadsAndIsToldAsWritten() {
    for (String written : new String[] {"500ms", "30s", "90s", "5m", "1h"}) {
      assertEquals(written, Durations.written(Durations.parse("--step-timeout", written)));
    }
    assertEquals(Duration.ofMinutes(5), Durations.parse("--step-timeout", "5m"));
  }

  @Test
  void zeroNoUnitAndOtherUnitsAreUsageErrors() {
    for (String bad : new String[] {"0s", "5", "1d", "-3s", "", "1.5s"}) {
      assertThrows(UsageError.class, () -> Durations.parse("--step-timeout", bad), bad);
    }
  }

  @Test
  void durationsForPeople() {
    assertEquals("0.4s", Durations.show(Duration.ofMillis(450)));
    assertEquals("3m05s", Durations.show(Duration.ofSeconds(185)));
    assertEquals("2h01m", Durations.show(Duration.ofSeconds(7260)));
  }
}
