package dev.plumb.robust;

/**
 * Text shown in a failure message with its control and non-ASCII characters escaped, and cut short.
 */
final class Printable {
  private Printable() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length() && out.length() < 400; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(text.length() > 400 ? "…\"" : "\"").toString();
  }
}
