package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * letters, surrogates), and {@link TextLengths} predicts the length of replace() and commas()
 * exactly, on text made of the characters where they could differ.
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
  void replaceAndCommasAreMeasuredExactly(
      @ForAll("texts") String text, @ForAll("texts") String old, @ForAll("texts") String with) {
    assertEquals(text.replace(old, with).length(), TextLengths.replaced(text, old, with));
    String part = old.isEmpty() ? "" : old.substring(0, 1);
    assertEquals(text.replace(part, with).length(), TextLengths.replaced(text, part, with));
    assertEquals(text.replace(",", ",,").length(), TextLengths.commas(text));
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
