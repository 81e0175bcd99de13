package dev.plumb.source;

/**
 * Text made safe to stand on one line of a shell comment or a report: a line break ends a {@code #}
 * comment and the rest of the name would run as a command, a carriage return or another control
 * character can hide text on a terminal. Each is written visibly instead: {@code \n}, {@code \r},
 * {@code \t}, else {@code \xHH} (or {@code \u2028}, {@code \u2029} for the Unicode line and
 * paragraph separators). Everything else, backslashes included, is kept as it is: the text is read
 * by people, never parsed back.
 */
public final class OneLine {
  private OneLine() {}

  /** {@code text} with every character that {@link #breaks} escaped as above. */
  public static String escape(String text) {
    if (text.codePoints().noneMatch(OneLine::breaks)) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (!breaks(c)) {
                out.appendCodePoint(c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else {
                out.append(String.format(c < 0x100 ? "\\x%02X" : "\\u%04X", c));
              }
            });
    return out.toString();
  }

  /**
   * A control character (C0, DEL, C1) or a Unicode line or paragraph separator: what may end or
   * disturb a line where it is shown.
   */
  public static boolean breaks(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
