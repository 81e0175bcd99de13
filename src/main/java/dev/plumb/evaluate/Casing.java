package dev.plumb.evaluate;

import java.text.BreakIterator;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * upper() and lower(): what {@code String.toUpperCase(Locale.ROOT)} and {@code
 * toLowerCase(Locale.ROOT)} give (ß is SS, İ is i and a combining dot, a word's final Σ is ς), in
 * time linear in the text and stopping once the result passes a bound. Java 17's own take seconds
 * for a few ten thousand characters: each ß copies the whole result again, and each Σ asks a word
 * break iterator about its word from its start. One difference: right after a character outside the
 * BMP, Java's choice of σ or ς follows boundaries its iterator does not report when walked
 * (isBoundary and next disagree there); this takes the words next() gives.
 */
final class Casing {
  private static final int SIGMA = 0x03A3;

  private Casing() {}

  /** The text in upper case, or null when it would be longer than {@code max} chars. */
  static String upper(String text, long max) {
    return map(text, true, max, null);
  }

  /** The text in lower case, or null when it would be longer than {@code max} chars. */
  static String lower(String text, long max) {
    return map(text, false, max, text.indexOf(SIGMA) < 0 ? null : finalSigmas(text));
  }

  private static String map(String text, boolean upper, long max, BitSet finals) {
    StringBuilder out = new StringBuilder(text.length());
    Map<Integer, String> special = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!upper) {
        lower(c, finals != null && finals.get(i), out);
      } else if (c < 0x80 || !Character.isLowerCase(c) && !Character.isTitleCase(c)) {
        // only lower and title case letters have an upper case longer than themselves
        out.appendCodePoint(Character.toUpperCase(c));
      } else {
        // ß is SS: the full mapping of one character, taken once per distinct character
        out.append(special.computeIfAbsent(c, k -> Character.toString(k).toUpperCase(Locale.ROOT)));
      }
      if (out.length() > max) {
        return null;
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** As Java lowers: one character for one, but for İ (i and a dot) and Σ (σ, or ς last). */
  private static void lower(int c, boolean finalSigma, StringBuilder out) {
    if (c == SIGMA) {
      out.append(finalSigma ? 'ς' : 'σ');
    } else if (c == 0x0130) {
      out.append("i\u0307");
    } else {
      out.appendCodePoint(Character.toLowerCase(c));
    }
  }

  /**
   * The Σs that Java writes ς: within its word (as {@link BreakIterator} cuts words), a cased
   * letter comes before it and none after it. One pass over the words instead of one per Σ.
   */
  private static BitSet finalSigmas(String text) {
    BitSet finals = new BitSet();
    BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
    words.setText(text);
    for (int start = words.first(), end = words.next();
        end != BreakIterator.DONE;
        start = end, end = words.next()) {
      int first = -1;
      int last = -1;
      for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
        if (cased(text.codePointAt(i))) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (last >= 0 && text.codePointAt(last) == SIGMA && first < last) {
        finals.set(last);
      }
    }
    return finals;
  }

  /**
   * 'Cased' as Java's special casing decides it: a lower, upper or title case letter, or one of the
   * Other_Lowercase and Other_Uppercase ranges it lists.
   */
  private static boolean cased(int c) {
    int type = Character.getType(c);
    return type == Character.LOWERCASE_LETTER
        || type == Character.UPPERCASE_LETTER
        || type == Character.TITLECASE_LETTER
        || c >= 0x02B0 && c <= 0x02B8
        || c >= 0x02C0 && c <= 0x02C1
        || c >= 0x02E0 && c <= 0x02E4
        || c == 0x0345
        || c == 0x037A
        || c >= 0x1D2C && c <= 0x1D61
        || c >= 0x2160 && c <= 0x217F
        || c >= 0x24B6 && c <= 0x24E9;
  }
}
