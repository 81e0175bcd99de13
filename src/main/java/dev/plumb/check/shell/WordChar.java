package dev.plumb.check.shell;

import dev.plumb.ast.Node;

/**
 * One character of a shell word after quote removal, or a hole in it.
 *
 * @param quoted it stood inside quotes or after a backslash
 * @param index its glyph in the stream
 */
record WordChar(Kind kind, int cp, boolean quoted, Node.Hole hole, int index) {

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
