package dev.plumb.source;

/**
 * A range of one source file: 1-based line and column (in code points), the end column exclusive.
 * Spans that cover several lines keep the end on {@code endLine}.
 */
public record Span(SourceFile file, int line, int column, int endLine, int endColumn) {

  public static Span of(SourceFile file, int line, int column, int endColumn) {
    return new Span(file, line, column, line, Math.max(endColumn, column + 1));
  }

  /** A whole-file location, for errors that concern a file rather than a place in it. */
  public static Span ofFile(SourceFile file) {
    return new Span(file, 0, 0, 0, 0);
  }

  /** The smallest span that covers both. */
  public Span to(Span other) {
    return new Span(file, line, column, other.endLine, other.endColumn);
  }

  public boolean hasPosition() {
    return line > 0;
  }

  /**
   * The text the span covers on its first line, as written; "" when it has no position or lies
   * outside its line.
   */
  public String text() {
    String text = file == null ? "" : file.line(line);
    int last = line == endLine ? endColumn : Integer.MAX_VALUE;
    int length = text.codePointCount(0, text.length());
    int from = column - 1;
    int to = Math.min(last - 1, length);
    if (!hasPosition() || from < 0 || from >= to) {
      return "";
    }
    return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
  }

  public String path() {
    return file == null ? "<input>" : file.path();
  }

  /**
   * {@code path:line:column}, as editors and CI problem matchers read it; the path alone when the
   * span has no position.
   */
  public String location() {
    return hasPosition() ? path() + ":" + line + ":" + column : path();
  }
}
