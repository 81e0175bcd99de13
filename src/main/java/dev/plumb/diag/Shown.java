package dev.plumb.diag;

/** How a user's text is shown inside a message: quoted, escaped, cut after 40 characters. */
public final class Shown {
  private Shown() {}

  /** A JSON string literal for messages, escaping what a terminal would hide; long text is cut. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Cut only between code points, so a surrogate pair is never split.
      if (shown++ >= 40 && !Character.isLowSurrogate(c)) {
        out.append('…');
        break;
      }
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7f || isLoneSurrogate(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
