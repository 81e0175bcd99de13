package dev.plumb.editor;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;

/** The word (a name: letters, digits, '_', '-') around a column of a line. */
final class Words {
  private Words() {}

  /** The word the 1-based code point {@code column} of {@code line} is in, or null. */
  static String at(String line, int column) {
    int[] bounds = bounds(line, column);
    return bounds == null
        ? null
        : new String(line.codePoints().toArray(), bounds[0], bounds[1] - bounds[0]);
  }

  /** The span of the word at the column, or a one-column span when there is none. */
  static Span span(SourceFile file, int line, int column) {
    int[] bounds = bounds(file.line(line), column);
    return bounds == null
        ? Span.of(file, line, column, column + 1)
        : Span.of(file, line, bounds[0] + 1, bounds[1] + 1);
  }

  /** The word's first code point and the one past its last, 0-based, or null. */
  private static int[] bounds(String line, int column) {
    int[] points = line.codePoints().toArray();
    int at = column - 1;
    if (at < 0 || at >= points.length || !part(points[at])) {
      return null;
    }
    int from = at;
    while (from > 0 && part(points[from - 1])) {
      from--;
    }
    int to = at;
    while (to < points.length && part(points[to])) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean part(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
