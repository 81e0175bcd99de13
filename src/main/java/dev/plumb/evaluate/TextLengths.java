package dev.plumb.evaluate;

/**
 * How long the text a built-in would produce is, computed without building it: a result over the
 * script's bound is refused before it takes memory ({@code replace(x, "a", x)} on a 100 KB value
 * would need gigabytes).
 */
final class TextLengths {
  private TextLengths() {}

  /** {@code text.replace(old, with)}: every non-overlapping {@code old}, or every gap for "". */
  static long replaced(String text, String old, String with) {
    if (old.isEmpty()) {
      return text.length() + (text.length() + 1L) * with.length();
    }
    long count = 0;
    for (int at = text.indexOf(old); at >= 0; at = text.indexOf(old, at + old.length())) {
      count++;
    }
    return text.length() + count * (with.length() - (long) old.length());
  }

  /** {@code commas(text)}: each comma written twice. */
  static long commas(String text) {
    return text.length() + text.chars().filter(c -> c == ',').count();
  }
}
