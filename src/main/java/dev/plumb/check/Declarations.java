package dev.plumb.check;

import dev.plumb.ast.Words;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manifest, resolved and checked: the pack's axes, operations, record types and variables with
 * their types and defaults. Immutable.
 */
public record Declarations(
    String pack,
    String doc,
    List<Axis> axes,
    List<String> operations,
    Map<String, Type.Record> records,
    Map<String, Variable> variables) {

  public Declarations {
    axes = List.copyOf(axes);
    operations = Words.of(operations);
    records = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(records));
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
  }

  /** An axis and its values; inside templates it is a constant of {@link #type()}. */
  public record Axis(String name, List<String> values, Span span) {
    public Axis {
      values = Words.of(values);
    }

    public Type.Enum type() {
      return new Type.Enum(name, values);
    }
  }

  /**
   * A declared variable. {@code defaultValue} is null when there is none; a variable is required
   * when it has no default and is not optional.
   */
  public record Variable(String name, Type type, Value defaultValue, String doc, Span span) {
    public boolean required() {
      return defaultValue == null && !(type instanceof Type.Optional);
    }

    /** The environment variable a secret is read from: {@code PLUMB_SECRET_VM_VNC_PASSWORD}. */
    public String secretVariable() {
      return "PLUMB_SECRET_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
  }

  public Optional<Axis> axis(String name) {
    return axes.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}
