package dev.plumb.diag.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import org.junit.jupiter.api.Test;

/**
 * A text diagnostic shows a window of a long source line around its span, with its carets still
 * under the span: its size never depends on the line's.
 */
class ExcerptTest {
  /** The text under the carets, read back from the excerpt as a terminal would show it. */
  private static String marked(Excerpt e) {
    int[] shown = e.text().codePoints().toArray();
    int from = e.lead().length();
    return new String(shown, from, Math.min(shown.length - from, e.carets()));
  }

  @Test
  void aShortLineIsShownWhole() {
    Excerpt e = Excerpt.of("echo {{ vm.nmae }}", 9, 16);
    assertEquals(new Excerpt("echo {{ vm.nmae }}", "        ", 7), e);
  }

  @Test
  void aLongLineIsCutAroundTheSpan() {
    String line = "a".repeat(10_000) + " vm.nmae " + "b".repeat(10_000);
    Excerpt e = Excerpt.of(line, 10_002, 10_009);
    assertTrue(e.text().startsWith("…a"), e.text());
    assertTrue(e.text().endsWith("b…"), e.text());
    assertEquals(Excerpt.WIDTH + 2, e.text().codePointCount(0, e.text().length()));
    assertEquals("vm.nmae", marked(e));
  }

  @Test
  void theStartAndTheEndOfALongLineAreCutOnOneSideOnly() {
    String line = "x ".repeat(5_000);
    Excerpt first = Excerpt.of(line, 1, 2);
    assertEquals("", first.lead());
    assertTrue(!first.text().startsWith("…") && first.text().endsWith("…"), first.text());
    Excerpt last = Excerpt.of(line, 9_999, 10_000);
    assertTrue(last.text().startsWith("…") && !last.text().endsWith("…"), last.text());
    assertEquals(Excerpt.WIDTH + 1, last.text().length());
    assertEquals("x", marked(last));
  }

  @Test
  void tabsAndLettersBeyondAsciiKeepTheCaretsAligned() {
    String line = "\t\u00e9\u4e16\ud83d\ude00 ".repeat(100) + "oops" + " \t".repeat(100);
    Excerpt e = Excerpt.of(line, 501, 505);
    assertTrue(e.text().startsWith("…"), e.text());
    assertTrue(!e.text().contains("\t"), e.text());
    assertEquals("oops", marked(e));
    assertEquals(4, e.carets());
  }

  @Test
  void aSpanLongerThanTheWindowIsMarkedToTheWindowsEnd() {
    String line = "echo " + "y".repeat(1_000);
    Excerpt e = Excerpt.of(line, 6, Integer.MAX_VALUE);
    assertEquals(e.text().length() - 1 - e.lead().length(), e.carets());
  }

  @Test
  void aSpanPastTheEndOfALongLineGetsOneCaretAfterIt() {
    String line = "z".repeat(500);
    Excerpt e = Excerpt.of(line, 501, 502);
    assertEquals(1, e.carets());
    assertEquals(e.text().length(), e.lead().length());
  }

  /**
   * Cutting a long line around the span before choosing the window changes nothing: random lines of
   * letters, tabs and wide characters, of any length, with spans anywhere (past the end too).
   */
  @Test
  void theCutLineGivesTheSameExcerptAsTheWholeLine() {
    java.util.Random random = new java.util.Random(7);
    String[] pieces = {"a", "b", " ", "\t", "\u00e9", "\u4e16", "\ud83d\ude00"};
    for (int run = 0; run < 2_000; run++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(run % 2 == 0 ? 200 : 2_000);
      for (int i = 0; i < length; i++) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      int column = 1 + random.nextInt(length + 3);
      int end =
          random.nextInt(10) == 0 ? Integer.MAX_VALUE : column + random.nextInt(length / 4 + 3);
      String text = line.toString();
      assertEquals(
          Excerpt.window(text.codePoints().toArray(), column, end),
          Excerpt.of(text, column, end),
          "line of " + length + ", span " + column + ".." + end);
    }
  }

  /** A values file on one 3 MB line: each diagnostic stays a few lines of text. */
  @Test
  void aDiagnosticOnAHugeLineStaysSmall() {
    String line = "{" + "\"k\": 1, ".repeat(400_000) + "\"bad\": 1}";
    SourceFile file = new SourceFile("values.json", line);
    int at = line.indexOf("\"bad\"") + 1;
    Diagnostic d =
        Diagnostic.error(Code.P501, Span.of(file, 1, at, at + 5), "/bad: unknown value 'bad'")
            .withHint("did you mean 'vm.name'?");
    String text = new TextRenderer(false).render(d);
    assertTrue(text.length() < 500, text);
    assertTrue(text.contains("\"bad\": 1}\n"), text);
  }
}
