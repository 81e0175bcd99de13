package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * basename and dirname on text, as POSIX basename(1) and dirname(1) define them, except that a
 * basename starting with '-' is {@code ./-x} (a path never starts with '-').
 */
class PathsTest {
  @ParameterizedTest(name = "{0}: basename {1}, dirname {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "/vm/web1/disk0.img|disk0.img|/vm/web1",
        "/vm/web1/|web1|/vm",
        "/vm/web1///|web1|/vm",
        "/vm//web1|web1|/vm",
        "/vm///web1//|web1|/vm",
        "disk.img|disk.img|.",
        "dir/|dir|.",
        "a/b|b|a",
        "a//b|b|a",
        "/a|a|/",
        "//a|a|/",
        "/|/|/",
        "///|/|/",
        "\"\"|\"\"|.",
        ".|.|.",
        "..|..|.",
        "./x|x|.",
        "../x/y|y|../x",
        "/vm/-rf|./-rf|/vm",
        "/vm/-rf/|./-rf|/vm",
        "/-/x|x|/-",
        "a/-|./-|a",
        "-x|./-x|.",
        "-x/y|y|-x",
      })
  void posix(String path, String basename, String dirname) {
    assertEquals(basename, Paths.basename(path), "basename");
    assertEquals(dirname, Paths.dirname(path), "dirname");
  }
}
