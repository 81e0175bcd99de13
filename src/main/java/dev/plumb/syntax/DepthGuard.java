package dev.plumb.syntax;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Refuses what the recursive parser and the passes after it could overflow the stack on: an
 * expression (a hole, or the expression of {@code %if}, {@code %elif}, {@code %each}, {@code %let},
 * {@code %require}, or the arguments of {@code %include}) nested more than {@link #MAX_DEPTH}
 * levels or chaining more than {@link #MAX_OPERATORS} operators, and a type or default value of a
 * declaration nested more than {@link #MAX_DEPTH} levels. A flat list of declarations (operations,
 * axis or enum values, {@code when} alternatives) is read by a loop, not by recursion: it has no
 * limit here. Real templates are far below these limits.
 */
final class DepthGuard {
  static final int MAX_DEPTH = 48;
  static final int MAX_OPERATORS = 400;

  /** What the tokens being read belong to, which decides the limits that apply to them. */
  private enum Region {
    /** Both limits: the parser nests each operator's operands. */
    EXPRESSION,
    /** Nesting only: brackets, braces and a type's {@code <…>}; lists are loops. */
    DECLARATION,
    /** A text line's text, outside its holes. */
    TEXT
  }

  private final SourceFile file;
  private final List<Diagnostic> errors = new ArrayList<>();
  private Region region;
  private int depth;
  private int operators;
  private int reportedLine = -1;

  private DepthGuard(SourceFile file, Region lines) {
    this.file = file;
    this.region = lines;
  }

  /** The limits a template or fragment file breaks, at most one error per line. */
  static List<Diagnostic> checkUnit(CommonTokenStream tokens, SourceFile file) {
    return new DepthGuard(file, null).run(tokens);
  }

  /** The limits a manifest breaks: all of it is declarations. */
  static List<Diagnostic> checkManifest(CommonTokenStream tokens, SourceFile file) {
    return new DepthGuard(file, Region.DECLARATION).run(tokens);
  }

  private List<Diagnostic> run(CommonTokenStream tokens) {
    Region lines = region;
    boolean lineStart = true;
    for (Token token : tokens.getTokens()) {
      int type = token.getType();
      if (type == PlumbLexer.NL) {
        enter(lines);
        lineStart = true;
        continue;
      }
      if (lineStart && lines == null) {
        enter(opening(type));
      }
      lineStart = false;
      if (type == PlumbLexer.HOLE_OPEN || type == PlumbLexer.HOLE_CLOSE) {
        enter(type == PlumbLexer.HOLE_OPEN ? Region.EXPRESSION : Region.TEXT);
      } else if (region == Region.EXPRESSION) {
        expression(type, token);
      } else if (region == Region.DECLARATION) {
        declaration(type, token);
      }
    }
    return errors;
  }

  /** What a template line holds, from its first token. */
  private static Region opening(int type) {
    return switch (type) {
      case PlumbLexer.IF,
          PlumbLexer.ELIF,
          PlumbLexer.EACH,
          PlumbLexer.LET,
          PlumbLexer.REQUIRE,
          PlumbLexer.INCLUDE ->
          Region.EXPRESSION;
      case PlumbLexer.TEXT, PlumbLexer.ESCAPE, PlumbLexer.COMMENT_LINE, PlumbLexer.HOLE_OPEN ->
          Region.TEXT;
      default -> Region.DECLARATION;
    };
  }

  private void enter(Region next) {
    region = next;
    depth = 0;
    operators = 0;
  }

  private void expression(int type, Token token) {
    switch (type) {
      // an index a[0][0]… opens and closes at once, yet nests the tree: it counts as an operator
      // too
      case PlumbLexer.LBRACK -> {
        depth++;
        operators++;
      }
      case PlumbLexer.LPAREN, PlumbLexer.LBRACE, PlumbLexer.NOT -> depth++;
      case PlumbLexer.RPAREN, PlumbLexer.RBRACK, PlumbLexer.RBRACE -> depth--;
      case PlumbLexer.PLUS,
          PlumbLexer.MINUS,
          PlumbLexer.STAR,
          PlumbLexer.AND,
          PlumbLexer.OR,
          PlumbLexer.DOT,
          PlumbLexer.EQ,
          PlumbLexer.NE,
          PlumbLexer.LT,
          PlumbLexer.LE,
          PlumbLexer.GT,
          PlumbLexer.GE,
          PlumbLexer.IN,
          PlumbLexer.COMMA ->
          operators++;
      default -> {
        return;
      }
    }
    if (depth > MAX_DEPTH) {
      report(token, "expression nested too deeply: more than " + MAX_DEPTH + " levels");
    } else if (operators > MAX_OPERATORS) {
      report(token, "expression too long: more than " + MAX_OPERATORS + " operators");
    }
  }

  /** In a declaration, {@code <} and {@code >} only ever bracket a type's parameter. */
  private void declaration(int type, Token token) {
    switch (type) {
      case PlumbLexer.LPAREN, PlumbLexer.LBRACK, PlumbLexer.LBRACE, PlumbLexer.LT -> depth++;
      case PlumbLexer.RPAREN, PlumbLexer.RBRACK, PlumbLexer.RBRACE, PlumbLexer.GT -> depth--;
      default -> {
        return;
      }
    }
    if (depth > MAX_DEPTH) {
      report(token, "declaration nested too deeply: more than " + MAX_DEPTH + " levels");
    }
  }

  private void report(Token token, String message) {
    if (token.getLine() == reportedLine) {
      return;
    }
    reportedLine = token.getLine();
    int column = token.getCharPositionInLine() + 1;
    errors.add(
        Diagnostic.error(Code.P110, Span.of(file, token.getLine(), column, column + 1), message)
            .withHint(
                region == Region.EXPRESSION
                    ? "split it with '%let'"
                    : "nest fewer types, lists or records"));
  }
}
