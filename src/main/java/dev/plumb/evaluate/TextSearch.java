package dev.plumb.evaluate;

import java.util.Arrays;

/**
 * contains() and replace() (and commas()) in time linear in their text, with replace's result
 * measured before it is built. {@code String.indexOf} tries every start again: {@code contains(s,
 * part)} on a 1 MB value and a 500 KB part took minutes; and {@code replace(x, "a", x)} on 100 KB
 * would be 10^10 characters.
 */
final class TextSearch {
  private TextSearch() {}

  static boolean contains(String text, String part) {
    return part.isEmpty() || starts(text, part, true).length > 0;
  }

  /**
   * {@code text.replace(old, with)}, or null when the result would be longer than {@code max} chars
   * (found before anything is built).
   */
  static String replace(String text, String old, String with, long max) {
    if (old.isEmpty()) {
      // as String.replace: the replacement in every gap, ends included
      if (text.length() + (text.length() + 1L) * with.length() > max) {
        return null;
      }
      StringBuilder out = new StringBuilder(with);
      text.chars().forEach(c -> out.append((char) c).append(with));
      return out.toString();
    }
    int[] found = starts(text, old, false);
    long length = text.length() + found.length * ((long) with.length() - old.length());
    if (length > max) {
      return null;
    }
    StringBuilder out = new StringBuilder((int) length);
    int from = 0;
    for (int start : found) {
      out.append(text, from, start).append(with);
      from = start + old.length();
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * Where {@code part} (not empty) starts in {@code text}, left to right and not overlapping, as
   * String.replace finds it; only the first when {@code first}. Knuth, Morris and Pratt's search:
   * on a mismatch the part's own prefix table says how far it already matched.
   */
  private static int[] starts(String text, String part, boolean first) {
    int m = part.length();
    int[] fallback = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && part.charAt(i) != part.charAt(k)) {
        k = fallback[k - 1];
      }
      if (part.charAt(i) == part.charAt(k)) {
        k++;
      }
      fallback[i] = k;
    }
    int[] found = new int[4];
    int count = 0;
    for (int i = 0, k = 0; i < text.length(); i++) {
      while (k > 0 && text.charAt(i) != part.charAt(k)) {
        k = fallback[k - 1];
      }
      if (text.charAt(i) == part.charAt(k)) {
        k++;
      }
      if (k == m) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i - m + 1;
        if (first) {
          break;
        }
        k = 0;
      }
    }
    return Arrays.copyOf(found, count);
  }
}
