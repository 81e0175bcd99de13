package dev.plumb.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shapes {@link Material} into values for every variable of a {@link GenPack}, as the {@code Map}
 * that {@code Values.of} takes: valid for each declared type, hostile where the type allows it,
 * sometimes left out when there is a default or the type is optional.
 */
final class ValuesGen {
  private ValuesGen() {}

  static Map<String, Object> values(GenPack pack, Material material) {
    Material.Cursor in = new Material.Cursor(material);
    Map<String, Object> values = new LinkedHashMap<>();
    for (GenPack.Var var : pack.vars()) {
      boolean optional = var.type() instanceof GType.Opt;
      if (var.defaultValue() != null && in.below(4) == 0) {
        continue;
      }
      if (GType.isSecret(var.type())
          || optional && GType.isSecret(((GType.Opt) var.type()).inner())) {
        // a secret's value only says whether it will be supplied: true, or (optional) false or null
        Object[] choices = optional ? new Object[] {true, false, null} : new Object[] {true};
        int choice = in.below(choices.length + 1);
        if (choice < choices.length) {
          values.put(var.name(), choices[choice]);
        }
        continue;
      }
      values.put(var.name(), value(var.type(), in));
    }
    return values;
  }

  /** A valid value of {@code type} (null: absent), read from the material. */
  static Object value(GType type, Material.Cursor in) {
    if (type instanceof GType.Opt o) {
      return in.below(3) == 0 ? null : value(o.inner(), in);
    }
    if (type instanceof GType.Enum e) {
      return e.words().get(in.below(e.words().size()));
    }
    if (type instanceof GType.ListOf l) {
      List<Object> elements = new ArrayList<>();
      int size = in.below(4);
      for (int i = 0; i < size; i++) {
        elements.add(value(l.element(), in));
      }
      return elements;
    }
    if (type instanceof GType.Rec r) {
      Map<String, Object> fields = new LinkedHashMap<>();
      r.fields().forEach((name, field) -> fields.put(name, value(field, in)));
      return fields;
    }
    return scalar((GType.Scalar) type, in);
  }

  private static Object scalar(GType.Scalar s, Material.Cursor in) {
    switch (s.kind()) {
      case STRING:
        return in.text();
      case PATH:
        return path(in.text());
      case NAME:
        return name(in.text(), in.number());
      case INT:
        return s.ranged() ? s.lo() + Math.floorMod(in.number(), s.hi() - s.lo() + 1) : in.number();
      case SIZE:
        {
          long bytes =
              s.ranged()
                  ? s.lo() + Math.floorMod(in.number(), s.hi() - s.lo() + 1)
                  : Math.floorMod(in.number(), 1L << 50);
          return in.below(2) == 0 ? (Object) bytes : GType.sizeLiteral(bytes);
        }
      case BOOL:
        return in.below(2) == 1;
      case MAC:
        return mac(in.number());
      case IPV4:
        return ipv4(in.number());
      default:
        throw new IllegalArgumentException("no value for " + s);
    }
  }

  /** Non-empty, no line break, not starting with '-': the rest of the text as it is. */
  static String path(String text) {
    String p = text.replace("\n", "").replace("\r", "");
    return p.isEmpty() || p.startsWith("-") ? "/" + p : p;
  }

  static String name(String text, long number) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .filter(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))
        .forEach(out::appendCodePoint);
    String n =
        out.length() > 0 && Character.isLetterOrDigit(out.charAt(0)) ? out.toString() : "n" + out;
    return n.length() > 64 ? n.substring(0, 64) : n;
  }

  private static String mac(long n) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      parts.add(String.format(Locale.ROOT, "%02x", (n >>> (8 * i)) & 0xff));
    }
    String mac = String.join(":", parts);
    return (n & 1) == 1 ? mac.toUpperCase(Locale.ROOT) : mac;
  }

  private static String ipv4(long n) {
    return ((n >>> 24) & 0xff)
        + "."
        + ((n >>> 16) & 0xff)
        + "."
        + ((n >>> 8) & 0xff)
        + "."
        + (n & 0xff);
  }
}
