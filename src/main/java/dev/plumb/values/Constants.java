package dev.plumb.values;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Type;
import dev.plumb.diag.Diagnostic;
import java.util.List;

/** TEMPORARY stand-in until the values branch lands. */
public final class Constants {
  private Constants() {}

  public static Value convert(Expr constant, Type type, List<Diagnostic> errors) {
    if (constant instanceof Expr.Text t) {
      return new Value.Text(t.value());
    }
    if (constant instanceof Expr.IntLit i) {
      return new Value.Int(i.value());
    }
    if (constant instanceof Expr.SizeLit s) {
      return new Value.Size(s.bytes());
    }
    if (constant instanceof Expr.BoolLit b) {
      return new Value.Bool(b.value());
    }
    if (constant instanceof Expr.Name n) {
      return new Value.Word(n.name());
    }
    return new Value.ListOf(List.of());
  }
}
