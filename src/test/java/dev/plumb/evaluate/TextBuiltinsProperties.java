package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The text built-ins measure and build their results without the slow or unbounded paths: {@link
 * Casing} gives exactly what Java's own case mapping gives (special casing, final sigma, Other
 * letters, surrogates), and {@link TextSearch} finds and replaces as String does, measuring the
 * result exactly before building it, on text made of the characters where they could differ.
 */
class TextBuiltinsProperties {
  /** Characters with special or conditional casing, case-ignorable ones, and plain ones. */
  private static final String TRICKY =
      "aAzZß İiIΣσςªʰ\u0345ͺ'.:ΐŉﬀᾳΆά\uD801\uDC00\uD801\uDC28ǅⅠⓐ1,-_ \té";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(TRICKY).ofMaxLength(24),
        Arbitraries.strings().all().ofMaxLength(12));
  }

  /**
   * Java's own, except one choice: after a character outside the BMP, Java 17's word break iterator
   * answers isBoundary() where next() finds no boundary, so its choice of σ or ς there follows no
   * rule; {@link Casing} takes the words next() gives.
   */
  @Property
  void upperAndLowerAreJavasOwn(@ForAll("texts") String text) {
    assertEquals(text.toUpperCase(Locale.ROOT), Casing.upper(text, Long.MAX_VALUE), "upper");
    String lower = Casing.lower(text, Long.MAX_VALUE);
    String javas = text.toLowerCase(Locale.ROOT);
    if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      lower = lower.replace('ς', 'σ');
      javas = javas.replace('ς', 'σ');
    }
    assertEquals(javas, lower, "lower");
  }

  @Property
  void containsAndReplaceAreJavasOwn(
      @ForAll("texts") String text, @ForAll("texts") String old, @ForAll("texts") String with) {
    String part = old.isEmpty() ? "" : old.substring(0, 1);
    for (String o : new String[] {old, part, ",", text}) {
      assertEquals(text.contains(o), TextSearch.contains(text, o), "contains " + o);
      assertEquals(text.replace(o, with), TextSearch.replace(text, o, with, Long.MAX_VALUE));
      int length = text.replace(o, with).length();
      assertEquals(text.replace(o, with), TextSearch.replace(text, o, with, length));
      assertNull(TextSearch.replace(text, o, with, length - 1));
    }
  }

  /**
   * trim() takes off exactly the spaces, tabs, line feeds and carriage returns at either end: what
   * is left starts and ends with none of them, sits where it was, and trimming again changes
   * nothing; other blanks (a no-break space, a form feed) stay.
   */
  @Property
  void trimTakesOffAsciiBlanksAtTheEnds(@ForAll("padded") String text) {
    String trimmed = Functions.trim(text);
    String blanks = " \t\n\r";
    assertFalse(!trimmed.isEmpty() && blanks.indexOf(trimmed.charAt(0)) >= 0, text);
    assertFalse(!trimmed.isEmpty() && blanks.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0);
    int start = text.indexOf(trimmed);
    assertEquals(trimmed.isEmpty() ? "" : text.substring(0, start).replaceAll("[ \t\n\r]", ""), "");
    assertEquals("", text.substring(start + trimmed.length()).replaceAll("[ \t\n\r]", ""), text);
    assertEquals(trimmed, Functions.trim(trimmed));
  }

  @Provide
  Arbitrary<String> padded() {
    return Arbitraries.strings().withChars(" \t\n\r\u00a0\fab").ofMaxLength(12);
  }

  /** Linear where String.indexOf tries every start: a 1 MB text, a 500 KB part. */
  @Test
  void searchIsLinear() {
    String text = "a".repeat(1_000_000);
    String part = "a".repeat(499_999) + "b";
    assertFalse(TextSearch.contains(text, part));
    assertEquals(text, TextSearch.replace(text, part, "x", Long.MAX_VALUE));
    assertEquals("b".repeat(2), TextSearch.replace("aaaa", "aa", "b", 2));
  }

  /**
   * Every assigned character alone, after a cased letter, and before a Σ (which is final after a
   * cased character), as Java maps it (unassigned, private and surrogate code points have no case).
   */
  @Test
  void everyCharacterIsMappedAsJavaMapsIt() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int type = Character.getType(c);
      if (type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE) {
        continue;
      }
      for (String text : new String[] {Character.toString(c), "a" + Character.toString(c)}) {
        assertEquals(text.toUpperCase(Locale.ROOT), Casing.upper(text, Long.MAX_VALUE), text);
        assertEquals(text.toLowerCase(Locale.ROOT), Casing.lower(text, Long.MAX_VALUE), text);
      }
      if (!Character.isSupplementaryCodePoint(c)) {
        // a Σ after the character is final exactly when the character is cased
        String sigma = Character.toString(c) + "Σ";
        assertEquals(sigma.toLowerCase(Locale.ROOT), Casing.lower(sigma, Long.MAX_VALUE), sigma);
      }
    }
  }

  /** Past the bound the mapping stops and says so; up to it, the whole text. */
  @Test
  void casingStopsAtTheBound() {
    assertEquals("SSSS", Casing.upper("ßß", 4));
    assertNull(Casing.upper("ßß", 3));
    assertEquals("i\u0307", Casing.lower("İ", 2));
    assertNull(Casing.lower("İ", 1));
  }

  /** Linear where Java 17's own takes seconds: 200,000 ß, a word of 200,000 Σ. */
  @Test
  void casingLongTextIsLinear() {
    assertEquals(400_000, Casing.upper("ß".repeat(200_000), Long.MAX_VALUE).length());
    assertEquals("σ".repeat(199_999) + "ς", Casing.lower("Σ".repeat(200_000), Long.MAX_VALUE));
  }
}
