package dev.plumb.diag.format;

/**
 * The part of a source line shown under a diagnostic, and where its carets go. A line wider than
 * {@link #WIDTH} columns is cut to a window around the span, each cut marked with {@code …}: a
 * values file on one line, or a generated template line, would otherwise be printed whole under
 * every diagnostic (megabytes each). Tabs are shown as four spaces.
 *
 * @param text the line as shown
 * @param lead the spaces before the first caret
 * @param carets how many carets mark the span
 */
record Excerpt(String text, String lead, int carets) {
  /** Columns of a line shown whole; a wider line is cut to about this many. */
  static final int WIDTH = 120;

  /** Columns shown before the span when the line is cut, so the span has its context. */
  static final int BEFORE = 40;

  private static final String CUT = "…";

  /**
   * The excerpt of {@code line} for the columns {@code [column, endColumn)} (1-based code points;
   * {@code endColumn} may be past the end, for a span that goes on to a later line).
   */
  static Excerpt of(String line, int column, int endColumn) {
    // Only the code points around the span can be shown: twice the window on each side is more
    // than the window takes, so cutting the line there first shows the same, and only the two
    // scans of the line to find them grow with it (a values file on one line has millions of
    // code points, and each of its diagnostics is rendered on it).
    int begin = Math.min(Math.max(1, column), line.codePointCount(0, line.length()) + 1);
    int first = Math.max(1, begin - 2 * WIDTH);
    int from = line.offsetByCodePoints(0, first - 1);
    int to = from;
    for (int i = 0; i < begin - first + 2 * WIDTH && to < line.length(); i++) {
      to += Character.charCount(line.codePointAt(to));
    }
    int shift = first - 1;
    return window(
        line.substring(from, to).codePoints().toArray(), begin - shift, endColumn - shift);
  }

  /** The excerpt of a whole line, given as code points. */
  static Excerpt window(int[] points, int column, int endColumn) {
    int n = points.length;
    int start = Math.min(Math.max(1, column), n + 1);
    int end = Math.min(Math.max(endColumn, start + 1), Math.max(n + 1, start + 1));
    int from = 1;
    int to = n + 1;
    if (width(points, 1, n + 1) > WIDTH) {
      from = start;
      int shown = 0;
      while (from > 1 && shown + width(points, from - 1) <= BEFORE) {
        from--;
        shown += width(points, from);
      }
      to = from;
      shown = 0;
      while (to <= n && shown + width(points, to) <= WIDTH) {
        shown += width(points, to);
        to++;
      }
      // near the end of the line, the window takes more of what comes before the span
      while (from > 1 && shown + width(points, from - 1) <= WIDTH) {
        from--;
        shown += width(points, from);
      }
    }
    StringBuilder text = new StringBuilder(from > 1 ? CUT : "");
    for (int i = from; i < to; i++) {
      text.append(points[i - 1] == '\t' ? "    " : Character.toString(points[i - 1]));
    }
    text.append(to <= n ? CUT : "");
    String lead = (from > 1 ? " " : "") + " ".repeat(width(points, from, start));
    int carets = width(points, start, Math.min(end, Math.max(to, start + 1)));
    return new Excerpt(text.toString(), lead, carets);
  }

  /** The columns {@code [from, to)} take on screen; a column past the line's end takes one. */
  private static int width(int[] points, int from, int to) {
    int total = 0;
    for (int i = from; i < to; i++) {
      total += width(points, i);
    }
    return total;
  }

  private static int width(int[] points, int column) {
    return column - 1 < points.length && points[column - 1] == '\t' ? 4 : 1;
  }
}
