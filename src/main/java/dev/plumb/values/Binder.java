package dev.plumb.values;

import dev.plumb.Values;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TEMPORARY stand-in until the values branch lands. */
public final class Binder {
  private Binder() {}

  public record Bound(Map<String, Value> values, List<Diagnostic> diagnostics) {}

  public static Bound bind(Declarations declarations, Values values) {
    Map<String, Value> result = new LinkedHashMap<>();
    for (var v : declarations.variables().values()) {
      Value given = values.raw().get(v.name());
      result.put(v.name(), given != null ? given : v.defaultValue() != null ? v.defaultValue() : Value.ABSENT);
    }
    return new Bound(result, List.of());
  }
}
