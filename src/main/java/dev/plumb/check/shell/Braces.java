package dev.plumb.check.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds bash brace expansions ({@code {a,b}}, {@code {1..3}}) in a word: dash leaves them as they
 * are.
 */
final class Braces {
  private static final String SEQUENCE =
      "(-?[0-9]+\\.\\.-?[0-9]+|[A-Za-z]\\.\\.[A-Za-z])(\\.\\.-?[0-9]+)?";

  private Braces() {}

  /** The glyphs of each expansion's opening and closing brace. */
  static List<Glyph[]> find(List<WordChar> chars) {
    List<Glyph[]> found = new ArrayList<>();
    for (int i = 0; i < chars.size(); i++) {
      if (!chars.get(i).isUnquoted('{')) {
        continue;
      }
      int close = closing(chars, i);
      if (close > 0 && (hasComma(chars, i, close) || isSequence(chars, i, close))) {
        found.add(new Glyph[] {chars.get(i).at(), chars.get(close).at()});
        i = close;
      }
    }
    return found;
  }

  private static int closing(List<WordChar> chars, int open) {
    int depth = 0;
    for (int j = open + 1; j < chars.size(); j++) {
      if (chars.get(j).isUnquoted('{')) {
        depth++;
      } else if (chars.get(j).isUnquoted('}') && depth-- == 0) {
        return j;
      }
    }
    return -1;
  }

  private static boolean hasComma(List<WordChar> chars, int open, int close) {
    int depth = 0;
    for (int j = open + 1; j < close; j++) {
      WordChar c = chars.get(j);
      depth += c.isUnquoted('{') ? 1 : c.isUnquoted('}') ? -1 : 0;
      if (depth == 0 && c.isUnquoted(',')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSequence(List<WordChar> chars, int open, int close) {
    StringBuilder text = new StringBuilder();
    for (int j = open + 1; j < close; j++) {
      WordChar c = chars.get(j);
      if (c.kind() != WordChar.Kind.LITERAL || c.quoted()) {
        return false;
      }
      text.appendCodePoint(c.cp());
    }
    return text.toString().matches(SEQUENCE);
  }
}
