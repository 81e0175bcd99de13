package dev.plumb.values;

import dev.plumb.diag.Diagnostic;
import dev.plumb.types.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of binding: a value for each declared variable (in declared order; a variable whose
 * value was wrong has none) and every problem found on the way.
 */
public record Bound(Map<String, Value> values, List<Diagnostic> diagnostics) {
  public Bound {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
