package dev.plumb.check;

import dev.plumb.ast.Words;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    Map<String, Type.RecordOf> records,
    Map<String, Variable> variables) {

  public Declarations {
    axes = List.copyOf(axes);
    operations = Words.of(operations);
    records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
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
