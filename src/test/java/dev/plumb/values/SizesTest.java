package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.types.Sizes;
import org.junit.jupiter.api.Test;

/** Sizes in the largest unit that divides them exactly. */
class SizesTest {
  @Test
  void formatForMessages() {
    assertEquals("2G", Sizes.format(2048 * Fixture.M));
    assertEquals("1536M", Sizes.format(1536 * Fixture.M));
    assertEquals("1000B", Sizes.format(1000));
    assertEquals("1K", Sizes.format(1024));
    assertEquals("1T", Sizes.format(Fixture.T));
    assertEquals("1024T", Sizes.format(1024 * Fixture.T));
    assertEquals("0B", Sizes.format(0));
    assertEquals("9223372036854775807B", Sizes.format(Long.MAX_VALUE));
  }

  @Test
  void shellWritesBytesBare() {
    assertEquals("2G", Sizes.shell(2048 * Fixture.M));
    assertEquals("1536M", Sizes.shell(1536 * Fixture.M));
    assertEquals("1000", Sizes.shell(1000));
    assertEquals("0", Sizes.shell(0));
    assertEquals("3K", Sizes.shell(3072));
  }
}
