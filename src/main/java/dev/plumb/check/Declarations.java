package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Words;
import dev.plumb.source.Point;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest, resolved and checked: the pack's axes, operations, record types, variables with
 * their types and defaults, the values computed from them ({@code let}) and the cells excluded.
 * Immutable.
 */
public record Declarations(
    String pack,
    String doc,
    List<Axis> axes,
    List<String> operations,
    Map<String, Type.RecordOf> records,
    Map<String, Variable> variables,
    Map<String, Computed> computed,
    List<Exclusion> exclusions,
    Map<String, Span> operationSpans) {

  public Declarations {
    axes = List.copyOf(axes);
    operations = Words.of(operations);
    records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    computed = Collections.unmodifiableMap(new LinkedHashMap<>(computed));
    exclusions = List.copyOf(exclusions);
    operationSpans = Map.copyOf(operationSpans);
  }

  /** A pack without {@code let}s or {@code exclude}s. */
  public Declarations(
      String pack,
      String doc,
      List<Axis> axes,
      List<String> operations,
      Map<String, Type.RecordOf> records,
      Map<String, Variable> variables) {
    this(pack, doc, axes, operations, records, variables, Map.of(), List.of(), Map.of());
  }

  /** These declarations with these {@code let}s and {@code exclude}s. */
  public Declarations with(Map<String, Computed> newComputed, List<Exclusion> newExclusions) {
    return new Declarations(
        pack,
        doc,
        axes,
        operations,
        records,
        variables,
        newComputed,
        newExclusions,
        operationSpans);
  }

  /**
   * A value computed from the variables and the cell when a cell is compiled ({@code let svc.user =
   * default(svc.user_override, svc.name)}): a name every template and fragment can use, never given
   * by callers.
   */
  public record Computed(String name, Type type, Expr value, String doc, Span span) {}

  /** Cells that no operation supports, whatever the templates say, and why. */
  public record Exclusion(Selector cells, String reason, Span span) {}

  /** The type of the variable or computed value of this dotted name, or null. */
  public Type valueType(String name) {
    Variable variable = variables.get(name);
    if (variable != null) {
      return variable.type();
    }
    Computed value = computed.get(name);
    return value == null ? null : value.type();
  }

  /** Every name of a variable or computed value. */
  public Set<String> valueNames() {
    Set<String> names = new LinkedHashSet<>(variables.keySet());
    names.addAll(computed.keySet());
    return names;
  }

  /** Where the operation is declared, or null for one the manifest does not declare. */
  public Span operationSpan(String operation) {
    return operationSpans.get(operation);
  }

  /** The exclusion that removes the cell from the matrix, or null. */
  public Exclusion excluding(Point cell) {
    for (Exclusion exclusion : exclusions) {
      if (exclusion.cells().admits(cell)) {
        return exclusion;
      }
    }
    return null;
  }

  /** An axis and its values; inside templates it is a constant of {@link #type()}. */
  public record Axis(String name, List<String> values, Span span) {
    public Axis {
      values = Words.of(values);
    }

    public Type.EnumOf type() {
      return new Type.EnumOf(name, values);
    }
  }

  /**
   * A declared variable. {@code defaultValue} is null when there is none; a variable is required
   * when it has no default and is not optional.
   */
  public record Variable(String name, Type type, Value defaultValue, String doc, Span span) {
    public boolean required() {
      return defaultValue == null && !(type instanceof Type.OptionalOf);
    }

    /** The environment variable a secret is read from: {@code PLUMB_SECRET_VM_VNC_PASSWORD}. */
    public String secretVariable() {
      return "PLUMB_SECRET_" + name.toUpperCase(Locale.ROOT).replace('.', '_');
    }
  }

  public Optional<Axis> axis(String name) {
    return axes.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}
