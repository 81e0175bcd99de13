package dev.plumb.check.shell;

/**
 * One character of a shell word after quote removal, or a hole in it.
 *
 * @param quoted it stood inside quotes or after a backslash
 * @param hole the hole, for {@link Kind#HOLE}
 * @param quoting for a hole: the quoting its value is written for
 * @param settled for a hole: it already has its diagnostic (or sits in a construct that has one)
 * @param at its glyph
 */
record WordChar(
    Kind kind, int cp, boolean quoted, HoleRef hole, Quoting quoting, boolean settled, Glyph at) {

  /** Plain text, a hole, or part of a {@code $…} or backquote expansion. */
  enum Kind {
    LITERAL,
    HOLE,
    EXPANSION
  }

  boolean isUnquoted(int c) {
    return kind == Kind.LITERAL && !quoted && cp == c;
  }
}
