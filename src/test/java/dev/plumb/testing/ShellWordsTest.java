package dev.plumb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The golden cases' command lines: split as a shell would, and written back the same. */
class ShellWordsTest {
  @Test
  void splitsLikeAShell() {
    assertEquals(
        List.of("compile", "start", "host=freebsd", "--set", "vm.name=web1"),
        ShellWords.split("compile  start\thost=freebsd --set vm.name=web1"));
    assertEquals(
        List.of("x=$(touch canary)", "it's", "a\"b\\c$d`e", "", "a b"),
        ShellWords.split("x='$(touch canary)' \"it's\" \"a\\\"b\\\\c\\$d\\`e\" '' a\\ b"));
    assertEquals(
        List.of("two\nlines\tand \uFFFD 'q' \\"),
        ShellWords.split("$'two\\nlines\\tand \\uFFFD \\'q\\' \\\\'"));
    assertEquals(List.of("\"kept\\n\""), ShellWords.split("'\"kept\\n\"'"));
    assertEquals(List.of("a\\b"), ShellWords.split("\"a\\b\""));
  }

  /** What a shell would expand, redirect, match or never end is refused, not taken literally. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "x=$(touch canary)",
        "a; b",
        "a > b",
        "a | b",
        "a &",
        "*.plumb",
        "~/x",
        "a #comment",
        "{a,b}",
        "\"$HOME\"",
        "\"`id`\"",
        "'open",
        "\"open",
        "$'open",
        "$'\\q'",
        "$'\\u12'",
        "end\\"
      })
  void refusesWhatAShellReadsOtherwise(String line) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split(line));
    assertTrue(e.getMessage().startsWith("column "), e.getMessage());
  }

  @Test
  void joinQuotesOnlyWhatNeedsIt() {
    List<String> words =
        List.of(
            "compile",
            "--set",
            "vm.note=$(touch canary)",
            "vm.disks=[\"/a b\", \"/c'd\"]",
            "x=line\nbreak",
            "",
            "caf\uFFFD");
    String line = ShellWords.join(words);
    assertEquals(
        "compile --set vm.note='$(touch canary)' vm.disks=\"[\\\"/a b\\\", \\\"/c'd\\\"]\""
            + " x=$'line\\nbreak' '' $'caf\\uFFFD'",
        line);
    assertEquals(words, ShellWords.split(line));
  }
}
