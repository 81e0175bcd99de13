package dev.plumb.check.shell;

/** How a text line starts, as a reader reads it. */
public enum LineStart {
  /** Nothing is open or goes on: the line starts a command (or is blank, or a comment). */
  FRESH,
  /** The line before went on with {@code \} or {@code |}: the line continues its command. */
  CONTINUED,
  /** Inside a quote, an expansion or a here-document body. */
  OTHER
}
