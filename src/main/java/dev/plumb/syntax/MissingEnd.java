package dev.plumb.syntax;

/**
 * Where a block never closed (P105) wants its {@code %end}, as its hint says it: written here and
 * read back here, so that the editor's fix inserts it where the hint says without reading words.
 *
 * @param beforeLine the 1-based line the {@code %end} goes before, or 0 for the end of the file
 */
public record MissingEnd(int beforeLine) {
  private static final String ADD = "add '%end' where it should end";
  private static final String BEFORE = ", before line ";

  /** The hint that asks for an {@code %end} here. */
  public String hint() {
    return beforeLine == 0 ? ADD : ADD + BEFORE + beforeLine;
  }

  /** Where {@code hint} asks for an {@code %end}, or null when it is no such hint. */
  public static MissingEnd of(String hint) {
    if (ADD.equals(hint)) {
      return new MissingEnd(0);
    }
    if (hint == null || !hint.startsWith(ADD + BEFORE)) {
      return null;
    }
    try {
      int line = Integer.parseInt(hint.substring((ADD + BEFORE).length()));
      return line > 0 ? new MissingEnd(line) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
