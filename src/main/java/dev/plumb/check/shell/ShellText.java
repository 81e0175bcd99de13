package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text lines of one template as a single stream of glyphs, each line ended by a line break, so
 * that quotes and continuations can be read across lines.
 */
final class ShellText {
  /** What {@link #cp} answers past the end of the stream. */
  static final int END = -1;

  private final List<ShellLine> lines;
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Node.Hole> holes = new ArrayList<>();
  private final int[] lineStart;
  private final Set<Integer> joins;

  /**
   * @param joins indexes of the lines whose line break does not end their command: the next line is
   *     an alternative branch that continues the command before its {@code %if}
   */
  ShellText(List<ShellLine> lines, Set<Integer> joins) {
    this.lines = List.copyOf(lines);
    this.joins = Set.copyOf(joins);
    this.lineStart = new int[lines.size() + 1];
    for (int k = 0; k < lines.size(); k++) {
      if (k > 0 && lines.get(k).startsCommand() && endsInBackslash(lines.get(k - 1).line())) {
        // an empty line of the line before: the continued command ends here, not in this region
        Node.TextLine previous = lines.get(k - 1).line();
        glyphs.add(
            new Glyph(
                '\n',
                null,
                k - 1,
                previous.span().file(),
                previous.span().line(),
                previous.span().endColumn()));
      }
      lineStart[k] = glyphs.size();
      add(lines.get(k).line(), k);
    }
    lineStart[lines.size()] = glyphs.size();
  }

  private void add(Node.TextLine line, int k) {
    SourceFile file = line.span().file();
    int end = line.span().column();
    for (Node.Part part : line.parts()) {
      if (part instanceof Node.Hole hole) {
        glyphs.add(new Glyph(Glyph.HOLE, hole, k, file, hole.span().line(), hole.span().column()));
        holes.add(hole);
        end = hole.span().endColumn();
      } else if (part instanceof Node.Literal literal) {
        // columns count code points from the literal's own start: holes may sit between literals
        int column = literal.span().column();
        int[] cps = literal.text().codePoints().toArray();
        for (int cp : cps) {
          glyphs.add(new Glyph(cp, null, k, file, literal.span().line(), column++));
        }
        end = cps.length > 0 ? column : end;
      }
    }
    glyphs.add(new Glyph('\n', null, k, file, line.span().line(), end));
  }

  int size() {
    return glyphs.size();
  }

  private static boolean endsInBackslash(Node.TextLine line) {
    List<Node.Part> parts = line.parts();
    return !parts.isEmpty()
        && parts.get(parts.size() - 1) instanceof Node.Literal last
        && last.text().endsWith("\\");
  }

  /** Whether the line break ending text line {@code lineIndex} goes on with the same command. */
  boolean joinsNext(int lineIndex) {
    return joins.contains(lineIndex);
  }

  Glyph at(int i) {
    return glyphs.get(i);
  }

  /** The code point at {@code i}: {@link Glyph#HOLE} for a hole, {@link #END} past the end. */
  int cp(int i) {
    return i >= 0 && i < glyphs.size() ? glyphs.get(i).cp() : END;
  }

  boolean isHole(int i) {
    return cp(i) == Glyph.HOLE;
  }

  /** Whether the literal characters of {@code s} stand at {@code i}. */
  boolean startsWith(int i, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (cp(i + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  int lineCount() {
    return lines.size();
  }

  ShellLine line(int k) {
    return lines.get(k);
  }

  /** Index of the first glyph of text line {@code k}. */
  int lineStart(int k) {
    return lineStart[k];
  }

  /** Index of the line break that ends text line {@code k}. */
  int lineEnd(int k) {
    return lineStart[k + 1] - 1;
  }

  boolean directiveBefore(int k) {
    return k < lines.size() && lines.get(k).directiveBefore();
  }

  /** The line's text when it is all literal, else null (a hole can never be a delimiter). */
  String literalLine(int k) {
    StringBuilder text = new StringBuilder();
    for (int i = lineStart(k); i < lineEnd(k); i++) {
      if (isHole(i)) {
        return null;
      }
      text.appendCodePoint(cp(i));
    }
    return text.toString();
  }

  List<Node.Hole> holes() {
    return holes;
  }

  /** The span of glyphs {@code from} to {@code to} (exclusive), cut at the first line's end. */
  Span span(int from, int to) {
    Glyph first = at(from);
    int last = Math.max(from, Math.min(to, size()) - 1);
    while (at(last).line() != first.line() || at(last).lineIndex() != first.lineIndex()) {
      last--;
    }
    return Span.of(first.file(), first.line(), first.column(), at(last).endColumn());
  }
}
