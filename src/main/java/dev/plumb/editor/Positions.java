package dev.plumb.editor;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Plumb's places (1-based lines, 1-based columns in code points) and the protocol's (0-based lines,
 * 0-based characters in UTF-16 units): a column past the end of its line stays past it, by as many
 * characters, since clients clamp such positions themselves.
 */
final class Positions {
  private Positions() {}

  /** The span's range; a span without a position (a whole file) is the file's start. */
  static Range range(Span span) {
    if (!span.hasPosition()) {
      return new Range(new Position(0, 0), new Position(0, 0));
    }
    return new Range(
        position(span.file(), span.line(), span.column()),
        position(span.file(), span.endLine(), span.endColumn()));
  }

  private static Position position(SourceFile file, int line, int column) {
    String text = file == null ? "" : file.line(line);
    return new Position(Math.max(line - 1, 0), utf16(text, Math.max(column - 1, 0)));
  }

  /** The UTF-16 offset of code point {@code index} of {@code text}. */
  private static int utf16(String text, int index) {
    int points = text.codePointCount(0, text.length());
    return index <= points ? text.offsetByCodePoints(0, index) : text.length() + (index - points);
  }

  /** The position just past the last character of {@code text}. */
  static Position end(String text) {
    int lastBreak = text.lastIndexOf('\n');
    int line = (int) text.chars().filter(c -> c == '\n').count();
    return new Position(line, text.length() - lastBreak - 1);
  }

  /** Where the protocol's position is in plumb's terms, on the line it names of {@code file}. */
  static Place place(SourceFile file, Position position) {
    int line = position.getLine() + 1;
    String text = file.line(line);
    int character = Math.min(Math.max(position.getCharacter(), 0), text.length());
    return new Place(line, text.codePointCount(0, character) + 1);
  }

  /** A 1-based line and column in code points, as spans count them. */
  record Place(int line, int column) {
    /** Whether the place lies within the span (its end exclusive). */
    boolean in(Span span) {
      if (!span.hasPosition() || line < span.line() || line > span.endLine()) {
        return false;
      }
      return (line > span.line() || column >= span.column())
          && (line < span.endLine() || column < span.endColumn());
    }
  }
}
