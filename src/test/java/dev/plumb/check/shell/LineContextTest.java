package dev.plumb.check.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which command each text line belongs to. */
class LineContextTest {

  @Test
  void everyLineStartsACommandByDefault() {
    Fixture f = Fixture.of("a\nb\n\n# c\nd; e");
    assertEquals(List.of(0, 1, 2, 3, 4), f.commands());
  }

  @Test
  void continuationLinesShareTheCommand() {
    Fixture f = Fixture.of("a \\\n  b \\\n  c\nd");
    assertEquals(List.of(0, 0, 0, 1), f.commands());
  }

  @Test
  void continuationAcrossDirectives() {
    Fixture f = Fixture.of("bhyve -c {{cpus}} \\\n%\n  -s {{slot}} \\\n%\n  {{name}}\nls");
    assertEquals(List.of(0, 0, 0, 1), f.commands());
    assertEquals(Role.ARGUMENT, f.hole("name").role());
    assertTrue(f.hole("name").wholeWord());
    assertEquals(List.of(), f.diagnostics());
  }

  @Test
  void continuationIntoABlankLine() {
    Fixture f = Fixture.of("a \\\n\nb");
    assertEquals(List.of(0, 0, 1), f.commands());
  }

  @Test
  void escapedBackslashDoesNotContinue() {
    Fixture f = Fixture.of("echo a\\\\\nb");
    assertEquals(List.of(0, 1), f.commands());
  }

  @Test
  void backslashInSingleQuotesDoesNotContinue() {
    Fixture f = Fixture.of("echo 'a\\\nb'\nc");
    assertEquals(List.of(0, 0, 1), f.commands());
  }

  @Test
  void backslashInDoubleQuotesContinues() {
    Fixture f = Fixture.of("echo \"a \\\nb\"\nc");
    assertEquals(List.of(0, 0, 1), f.commands());
  }

  @Test
  void backslashInACommentDoesNotContinue() {
    Fixture f = Fixture.of("ls # see \\\nif");
    assertEquals(List.of(0, 1), f.commands());
    assertEquals(List.of("P301@2:1"), f.diagnostics());
  }

  @Test
  void heredocLinesShareTheCommand() {
    Fixture f = Fixture.of("a\ncat <<EOF \\\n  > f\nx\nEOF\nb");
    assertEquals(List.of(0, 1, 1, 1, 1, 2), f.commands());
  }

  @Test
  void emptyInput() {
    Fixture f = Fixture.of("");
    assertEquals(List.of(), f.diagnostics());
  }
}
