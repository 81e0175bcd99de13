package dev.plumb.evaluate;

import dev.plumb.ast.Expr;
import java.util.Map;

/** Decides conditions on axes alone, from the cell, without any values. */
public final class Conditions {
  private Conditions() {}

  /** The truth of {@code condition}, which the checker has found to test axes alone. */
  public static boolean holds(Expr condition, Map<String, String> cell) {
    return new ExprEvaluator(new Env(cell, Map.of())).truth(condition);
  }
}
