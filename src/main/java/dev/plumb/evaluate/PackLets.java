package dev.plumb.evaluate;

import dev.plumb.check.Declarations;
import dev.plumb.diag.Checked;
import dev.plumb.source.Point;
import dev.plumb.types.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pack's {@code let}s, computed once per compile before any template runs. */
public final class PackLets {
  private PackLets() {}

  /**
   * The bound variables with each {@code let} of the manifest added, in the order written: each
   * sees the cell, the variables and the {@code let}s above it. The first that fails (an index out
   * of range, an overflow) is the error; those below it are not computed.
   *
   * @param maxText the script's size bound, which no text value may outgrow
   */
  public static Checked<Map<String, Value>> compute(
      Declarations declarations, Point cell, Map<String, Value> variables, long maxText) {
    if (declarations.computed().isEmpty()) {
      return new Checked<>(variables, List.of());
    }
    Map<String, Value> values = new LinkedHashMap<>(variables);
    ExprEvaluator exprs = new ExprEvaluator(new Env(cell, values), maxText);
    for (Declarations.Computed let : declarations.computed().values()) {
      try {
        values.put(let.name(), exprs.eval(let.value()));
      } catch (EvalError e) {
        return new Checked<>(values, e.diagnostic() == null ? List.of() : List.of(e.diagnostic()));
      }
    }
    return new Checked<>(values, List.of());
  }
}
