package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of the text the shell reads: a character of literal text, a hole (whose value is not
 * known while reading), or the line break that ends a text line, with its place in the template.
 *
 * @param cp the code point, or {@link #HOLE} for a hole
 * @param hole the hole, for {@link #HOLE}; else null
 */
public record Glyph(int cp, HoleRef hole, SourceFile file, int line, int column) {
  static final int HOLE = -2;

  boolean isHole() {
    return hole != null;
  }

  /** The column just past this glyph: a hole covers its whole {@code {{ … }}}. */
  int endColumn() {
    return hole != null ? hole.hole().span().endColumn() : column + 1;
  }

  Span span() {
    return Span.of(file, line, column, endColumn());
  }

  /** From {@code first} to {@code last} (inclusive), cut at the end of the first one's line. */
  static Span span(Glyph first, Glyph last) {
    boolean sameLine = last.file == first.file && last.line == first.line;
    int end = sameLine && last.column >= first.column ? last.endColumn() : first.endColumn();
    if (!sameLine) {
      String text = first.file == null ? "" : first.file.line(first.line);
      end = Math.max(end, text.codePointCount(0, text.length()) + 1);
    }
    return Span.of(first.file, first.line, first.column, end);
  }

  /**
   * The glyphs of a text line, ended by its line break; {@code holes} gives each hole, in order,
   * the reference the reader reports it by.
   */
  static List<Glyph> of(Node.TextLine line, List<HoleRef> holes) {
    List<Glyph> glyphs = new ArrayList<>();
    SourceFile file = line.span().file();
    int end = line.span().column();
    int next = 0;
    for (Node.Part part : line.parts()) {
      if (part instanceof Node.Hole hole) {
        Span at = hole.span();
        glyphs.add(new Glyph(HOLE, holes.get(next++), file, at.line(), at.column()));
        end = at.endColumn();
      } else if (part instanceof Node.Literal literal) {
        // columns count code points from the literal's own start: holes may sit between literals
        int column = literal.span().column();
        int[] cps = literal.text().codePoints().toArray();
        for (int cp : cps) {
          glyphs.add(new Glyph(cp, null, file, literal.span().line(), column++));
        }
        end = cps.length > 0 ? column : end;
      }
    }
    glyphs.add(new Glyph('\n', null, file, line.span().line(), end));
    return glyphs;
  }
}
