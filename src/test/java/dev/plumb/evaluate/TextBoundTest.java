package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Code;
import dev.plumb.source.Point;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A computed text may be exactly as long as the script's bound, not one character longer: join(), a
 * function's result (shquote()) and '+' each stop at the same place.
 */
class TextBoundTest {
  private static final Span AT = Span.of(new SourceFile("t.plumb", "x\n"), 1, 1, 2);

  private static Value eval(Expr e, long maxText) {
    return new ExprEvaluator(new Env(Point.NONE, Map.of()), maxText).eval(e);
  }

  private static Expr text(String value) {
    return new Expr.Text(value, AT);
  }

  private static Expr call(String function, Expr... args) {
    return new Expr.Call(function, AT, List.of(args), AT);
  }

  private static void fitsExactly(Expr e, String expected) {
    assertEquals(new Value.Text(expected), eval(e, expected.length()));
    EvalError tooLong = assertThrows(EvalError.class, () -> eval(e, expected.length() - 1));
    assertEquals(Code.P509, tooLong.diagnostic().code());
  }

  @Test
  void joinFitsTheBoundExactly() {
    fitsExactly(
        call("join", new Expr.ListLit(List.of(text("ab"), text("cd")), AT), text(",")), "ab,cd");
  }

  @Test
  void aFunctionsResultFitsTheBoundExactly() {
    fitsExactly(call("shquote", text("it's")), "'it'\\''s'");
  }

  @Test
  void concatenationFitsTheBoundExactly() {
    fitsExactly(new Expr.Binary(Expr.BinaryOp.ADD, text("ab"), text("cde"), AT), "abcde");
  }
}
