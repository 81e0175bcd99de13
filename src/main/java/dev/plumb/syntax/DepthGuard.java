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
 * Refuses expressions nested or chained so deeply that the recursive parser and the passes after it
 * could overflow the stack. Real templates are far below these limits.
 */
final class DepthGuard {
  static final int MAX_DEPTH = 48;
  static final int MAX_OPERATORS = 400;

  private DepthGuard() {}

  static List<Diagnostic> check(CommonTokenStream tokens, SourceFile file) {
    List<Diagnostic> errors = new ArrayList<>();
    int depth = 0;
    int operators = 0;
    int reportedLine = -1;
    for (Token token : tokens.getTokens()) {
      switch (token.getType()) {
        case PlumbLexer.NL, PlumbLexer.HOLE_OPEN, PlumbLexer.HOLE_CLOSE -> {
          depth = 0;
          operators = 0;
          continue;
        }
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
          continue;
        }
      }
      if ((depth > MAX_DEPTH || operators > MAX_OPERATORS) && token.getLine() != reportedLine) {
        reportedLine = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        errors.add(
            Diagnostic.error(
                    Code.P110,
                    Span.of(file, token.getLine(), column, column + 1),
                    "expression nested too deeply (the limits are "
                        + MAX_DEPTH
                        + " levels and "
                        + MAX_OPERATORS
                        + " operators)")
                .withHint("split it with '%let'"));
      }
    }
    return errors;
  }
}
