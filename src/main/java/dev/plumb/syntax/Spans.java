package dev.plumb.syntax;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of tokens and parse-tree nodes, in 1-based code-point columns. */
final class Spans {
  private final SourceFile file;

  Spans(SourceFile file) {
    this.file = file;
  }

  SourceFile file() {
    return file;
  }

  Span of(Token token) {
    int column = token.getCharPositionInLine() + 1;
    String text = token.getText();
    int width = text == null ? 1 : text.codePointCount(0, text.length());
    return Span.of(file, token.getLine(), column, column + Math.max(width, 1));
  }

  /** A directive token's span without its indentation. */
  Span ofDirective(Token token) {
    String text = token.getText();
    int indent = text.length() - text.stripLeading().length();
    int column = token.getCharPositionInLine() + 1 + indent;
    int width = text.strip().codePointCount(0, text.strip().length());
    return Span.of(file, token.getLine(), column, column + Math.max(width, 1));
  }

  Span of(Token start, Token stop) {
    Span first = of(start);
    Span last = of(stop == null || stop.getTokenIndex() < start.getTokenIndex() ? start : stop);
    return first.to(last);
  }

  Span of(ParserRuleContext ctx) {
    return of(ctx.getStart(), ctx.getStop());
  }
}
