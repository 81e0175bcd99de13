package dev.plumb.check.shell;

/**
 * What the lexer is inside of, innermost last on its stack: a quote, an expansion being read, a
 * construct being skipped, a comment. Each is an immutable value, so that a reader's state can be
 * saved and compared.
 */
sealed interface Frame {
  /** {@code '…'}, or bash's {@code $'…'} ({@code ansi}, where a backslash escapes). */
  record Single(Glyph open, boolean ansi, boolean escapeNext) implements Frame {}

  /** {@code "…"}, or bash's {@code $"…"}. */
  record Double(Glyph open) implements Frame {}

  /** Just after a {@code $}: the next glyph decides what it is. */
  record Dollar(Glyph at, Quoting quoting) implements Frame {}

  /** Just after {@code $(}: a second {@code (} makes it arithmetic. */
  record DollarParen(Glyph at, Quoting quoting) implements Frame {}

  /** The name of a {@code $NAME} expansion, being read. */
  record Name(Glyph at, Quoting quoting, String name) implements Frame {}

  /** A {@code ${…}} expansion, being read up to its closing brace. */
  record Param(Glyph at, Quoting quoting, String inner, boolean hole, int depth) implements Frame {}

  /**
   * A construct already reported ({@code $(…)}, {@code $((…))}, backquotes, {@code <(…)}, a bash
   * array, {@code $[…]}), read only to find its end.
   *
   * @param quoting the quoting of the place the construct stands in
   * @param depth open parentheses or brackets
   * @param caseSeen how much of the word {@code case} its text has shown, 4 once it did: a case
   *     pattern ends in a {@code )} that has no {@code (}
   */
  record Skip(Kind kind, Glyph at, Quoting quoting, int depth, int caseSeen) implements Frame {
    enum Kind {
      PAREN,
      BACKQUOTE,
      BRACKET
    }
  }

  /** After {@code #}, up to the end of the line. */
  record Comment() implements Frame {}
}
