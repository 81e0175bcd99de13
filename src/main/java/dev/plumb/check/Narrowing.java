package dev.plumb.check;

import dev.plumb.ast.Expr;

/**
 * {@code present(x)} as a condition, alone or as an {@code and} conjunct, narrows the optional
 * {@code x} to its value type where the condition holds (docs/language.md §2).
 */
final class Narrowing {
  private Narrowing() {}

  static void apply(Expr condition, Scope scope) {
    if (condition instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      apply(b.left(), scope);
      apply(b.right(), scope);
    } else if (condition instanceof Expr.Call c
        && c.function().equals("present")
        && c.args().size() == 1) {
      String path = Expr.dotted(c.args().get(0));
      if (path != null) {
        scope.narrow(path);
      }
    }
  }
}
