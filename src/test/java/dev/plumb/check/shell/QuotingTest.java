package dev.plumb.check.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quotes: the quoting of holes, P311 single quotes, P315 open quotes, escapes before holes. */
class QuotingTest {

  @Test
  void unquotedAndDoubleQuotedHoles() {
    Fixture f = Fixture.of("echo {{a}} \"{{b}}\" x{{c}} \"pre {{d}} post\"");
    assertEquals(new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, true), f.hole("a"));
    assertEquals(new HoleContext(Quoting.DOUBLE_QUOTED, Role.ARGUMENT, false), f.hole("b"));
    assertEquals(new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, false), f.hole("c"));
    assertEquals(Quoting.DOUBLE_QUOTED, f.hole("d").quoting());
    assertEquals(List.of(), f.diagnostics());
  }

  @ParameterizedTest
  @ValueSource(strings = {"echo \"\"{{a}}", "echo {{a}}''", "echo {{a}}{{b}}", "echo {{a}}x"})
  void holeWithAnythingNextToItIsNotAWholeWord(String text) {
    assertFalse(Fixture.of(text).hole("a").wholeWord());
  }

  @Test
  void holeAfterSemicolonAndBeforePipeIsAWholeWord() {
    Fixture f = Fixture.of("a;b {{x}}|c {{y}}>f");
    assertTrue(f.hole("x").wholeWord());
    assertTrue(f.hole("y").wholeWord());
  }

  @Test
  void holeInSingleQuotes() {
    Fixture f = Fixture.of("echo '{{x}}' 'a {{pw:secret}} b'");
    assertEquals(List.of("P311@1:7", "P311@1:17"), f.diagnostics());
    assertFalse(f.hole("x").wholeWord());
  }

  @Test
  void listInSingleQuotesIsReportedOnce() {
    assertEquals(List.of("P311@1:7"), Fixture.diagnostics("echo '{{l:list<path>}}'"));
  }

  @Test
  void holeInBashQuoting() {
    assertEquals(List.of("P310@1:6", "P311@1:8"), Fixture.diagnostics("echo $'{{x}}'"));
  }

  @Test
  void quotesInsideQuotesAreText() {
    Fixture f = Fixture.of("echo \"it's {{a}}\" 'say \"hi\"' \\\" \\'");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(Quoting.DOUBLE_QUOTED, f.hole("a").quoting());
  }

  @Test
  void multiLineDoubleQuote() {
    Fixture f = Fixture.of("echo \"a\n{{x}} b\" {{y}}\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(Quoting.DOUBLE_QUOTED, f.hole("x").quoting());
    assertEquals(new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, true), f.hole("y"));
    assertEquals(List.of(0, 0, 1), f.commands());
  }

  @Test
  void multiLineSingleQuoteKeepsTheHoleInside() {
    assertEquals(List.of("P311@2:1"), Fixture.diagnostics("echo 'a\n{{x}}'"));
  }

  @Test
  void unterminatedDoubleQuote() {
    Fixture f = Fixture.of("echo ok\necho \"abc {{x}}");
    assertEquals(List.of("P315@2:6"), f.diagnostics());
    assertEquals("double quote is never closed", f.all().get(0).message());
  }

  @Test
  void unterminatedSingleQuote() {
    assertEquals(List.of("P315@1:8"), Fixture.diagnostics("echo a 'abc\nls"));
  }

  @Test
  void quoteMayNotSpanADirective() {
    Fixture f = Fixture.of("echo \"a\n%\nb\"\nls");
    assertEquals(List.of("P315@1:6"), f.diagnostics());
    assertEquals("double quote is still open at a directive", f.all().get(0).message());
  }

  @Test
  void quoteOpenAtADirectiveAndAtTheEndIsReportedOnce() {
    assertEquals(List.of("P315@1:6"), Fixture.diagnostics("echo 'a\n%\nb"));
  }

  @Test
  void continuationMaySpanADirective() {
    assertEquals(List.of(), Fixture.diagnostics("echo a \\\n%\n  b \"c\"\n%\nls"));
  }

  @Test
  void directiveAfterAClosedQuoteIsFine() {
    assertEquals(List.of(), Fixture.diagnostics("echo \"a\nb\"\n%\nls"));
  }

  @Test
  void backslashBeforeHole() {
    Fixture f = Fixture.of("echo \\{{x}} \"\\{{y}}\"");
    assertEquals(List.of("P313@1:6", "P313@1:14"), f.diagnostics());
    assertEquals(
        "a backslash directly before a hole would escape the value's first character",
        f.all().get(0).message());
    assertFalse(f.hole("x").wholeWord());
  }

  @Test
  void escapedBackslashBeforeHoleIsFine() {
    assertEquals(List.of(), Fixture.diagnostics("echo \\\\{{x}} \"\\\\{{y}}\" '\\'{{z}}"));
  }

  @Test
  void backslashBeforeAListIsReportedOnce() {
    assertEquals(List.of("P313@1:4"), Fixture.diagnostics("rm \\{{l:list<path>}}"));
  }

  @Test
  void everyHoleHasAContext() {
    Fixture f = Fixture.of("{{a}} '{{b}}' \"{{c}}\" # {{d}}\ncat <<E\n{{e}}\nE\n$(x {{f}})");
    assertEquals(6, f.answered());
  }
}
