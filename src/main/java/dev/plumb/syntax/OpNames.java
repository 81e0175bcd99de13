package dev.plumb.syntax;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Operation and pack names: words joined by '-', written without spaces. */
final class OpNames {
  private OpNames() {}

  static String of(PlumbParser.OpNameContext ctx, Spans spans, List<Diagnostic> errors) {
    int expected = ctx.getStart().getCharPositionInLine();
    for (int i = 0; i < ctx.getChildCount(); i++) {
      Token token = ((TerminalNode) ctx.getChild(i)).getSymbol();
      if (token.getCharPositionInLine() != expected) {
        errors.add(
            Diagnostic.error(
                Code.P112,
                spans.of(ctx),
                "a name with '-' is written without spaces: '" + ctx.getText() + "'"));
        break;
      }
      expected += token.getText().length();
    }
    return ctx.getText();
  }
}
