package dev.plumb.properties;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated manifest: axes, record types and variables (some with defaults), written out by
 * {@link #manifest()}.
 */
record GenPack(List<GType.Enum> axes, List<GType.Rec> records, List<Var> vars) {

  /** A declared variable; {@code defaultValue} is its default as manifest text, or null. */
  record Var(String name, GType type, String defaultValue) {}

  public GenPack {
    axes = List.copyOf(axes);
    records = List.copyOf(records);
    vars = List.copyOf(vars);
  }

  String manifest() {
    StringBuilder out = new StringBuilder("pack gen \"generated property pack\"\n");
    for (GType.Enum axis : axes) {
      out.append("axis ").append(axis.axis()).append(" = ").append(axis.decl()).append('\n');
    }
    out.append("operation run\n");
    for (GType.Rec rec : records) {
      List<String> fields = new ArrayList<>();
      rec.fields().forEach((name, type) -> fields.add(name + ": " + type.decl()));
      out.append("type ")
          .append(rec.name())
          .append(" = { ")
          .append(String.join(", ", fields))
          .append(" }\n");
    }
    for (Var var : vars) {
      out.append("var ").append(var.name()).append(" : ").append(var.type().decl());
      if (var.defaultValue() != null) {
        out.append(" = ").append(var.defaultValue());
      }
      out.append(" \"a generated variable\"\n");
    }
    return out.toString();
  }
}
