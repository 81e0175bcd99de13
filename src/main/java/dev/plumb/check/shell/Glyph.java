package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.source.SourceFile;

/**
 * One element of the shell stream: a character of literal text, a hole placeholder, or the line
 * break that ends a text line, with its place in the template.
 *
 * @param cp the code point, or {@link #HOLE} for a hole
 * @param lineIndex index of the text line in the checker's input (not the file line)
 */
record Glyph(int cp, Node.Hole hole, int lineIndex, SourceFile file, int line, int column) {
  static final int HOLE = -2;

  boolean isHole() {
    return hole != null;
  }

  /** The column just past this glyph: a hole covers its whole {@code {{ … }}}. */
  int endColumn() {
    return hole != null ? hole.span().endColumn() : column + 1;
  }
}
