package dev.plumb.properties;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes well-typed expressions for a {@link GScope}: literals, conditions, preconditions that
 * always hold, {@code %let} values.
 */
final class Exprs {
  /** String literals as written in a template, hostile once they reach the shell. */
  static final List<String> STRINGS =
      List.of(
          "\"a b\"",
          "\"$(touch canary)\"",
          "\"it's\"",
          "\"\\\"q\\\"\"",
          "\"back\\\\slash\"",
          "\"}}\"",
          "\"{{\"",
          "\"line\\nbreak\"",
          "\"tab\\there\"",
          "\"EOF\"",
          "\"\"",
          "\"`touch canary`\"",
          "\"-rf\"",
          "\"*\"",
          "\"~\"",
          "\"#x\"",
          "\"%\"",
          "\"cr\\rx\"",
          "\"if\"");

  private static final List<String> PATHS =
      List.of(
          "\"/p q\"", "\"/a,b\"", "\"/x'y\"", "\"/$HOME\"", "\"rel/*\"", "\"/e\\\"q\"", "\"EOF\"");
  private static final List<String> NAMES = List.of("\"nm\"", "\"a.b-c_d\"", "\"EOF\"");

  private Exprs() {}

  /**
   * A literal of {@code type} (the {@code variant}-th of a few), valid where that type is declared.
   */
  static String literal(GType type, int variant) {
    if (type instanceof GType.Enum e) {
      return e.words().get(Math.floorMod(variant, e.words().size()));
    }
    if (type instanceof GType.ListOf l) {
      return "[" + literal(l.element(), variant) + ", " + literal(l.element(), variant + 1) + "]";
    }
    if (type instanceof GType.Rec r) {
      List<String> fields = new ArrayList<>();
      int k = variant;
      for (var f : r.fields().entrySet()) {
        fields.add(f.getKey() + ": " + literal(f.getValue(), k++));
      }
      return "{" + String.join(", ", fields) + "}";
    }
    if (type instanceof GType.Opt o) {
      return literal(o.inner(), variant);
    }
    GType.Scalar s = (GType.Scalar) type;
    switch (s.kind()) {
      case STRING:
        return pick(STRINGS, variant);
      case PATH:
        return pick(PATHS, variant);
      case NAME:
        return pick(NAMES, variant);
      case MAC:
        return "\"58:9c:fc:00:00:01\"";
      case IPV4:
        return "\"10.0.0.5\"";
      case INT:
        return Long.toString(s.ranged() ? s.lo() : Math.floorMod(variant, 9));
      case SIZE:
        return s.ranged()
            ? GType.sizeLiteral(s.lo())
            : pick(List.of("2G", "512M", "1000B", "3K"), variant);
      case BOOL:
        return variant % 2 == 0 ? "true" : "false";
      default:
        throw new IllegalArgumentException("no literal of " + type);
    }
  }

  static String pick(List<String> options, int pick) {
    return options.get(Math.floorMod(pick, options.size()));
  }

  /**
   * A condition and the optionals it narrows ({@code present(x)} alone or as an {@code and}
   * conjunct).
   */
  record Cond(String text, List<String> narrowed) {}

  /**
   * A {@code bool} condition over the scope; {@code extra} may combine two with {@code and}/{@code
   * or}/{@code not}.
   */
  static Cond condition(GScope scope, int pick, int extra) {
    List<String> all = conditions(scope);
    String first = pick(all, pick);
    switch (Math.floorMod(extra, 5)) {
      case 0:
        {
          // the right of 'and' is checked with the left's present() already narrowed
          GScope right = scope.copy();
          presentIn(first).forEach(right::narrow);
          String second = pick(conditions(right), extra / 5);
          List<String> narrowed = new ArrayList<>(presentIn(first));
          narrowed.addAll(presentIn(second));
          return new Cond(first + " and " + second, narrowed);
        }
      case 1:
        return new Cond(first + " or " + pick(all, extra / 5), List.of());
      case 2:
        return new Cond("not (" + first + ")", List.of());
      default:
        return new Cond(first, presentIn(first));
    }
  }

  private static List<String> presentIn(String atom) {
    return atom.startsWith("present(") ? List.of(atom.substring(8, atom.length() - 1)) : List.of();
  }

  /** The scope inside a branch taken when {@code cond} holds. */
  static GScope narrowed(GScope scope, Cond cond) {
    GScope inner = scope.copy();
    cond.narrowed().forEach(inner::narrow);
    return inner;
  }

  private static List<String> conditions(GScope scope) {
    List<String> all = new ArrayList<>(List.of("true", "false"));
    for (GScope.Src src : scope.reachable()) {
      String x = src.expr();
      GType t = src.type();
      if (t instanceof GType.Enum e) {
        all.add(x + " == " + e.words().get(0));
        all.add(x + " != " + e.words().get(e.words().size() - 1));
        all.add(x + " in [" + String.join(", ", e.words().subList(0, 2)) + "]");
      } else if (t instanceof GType.ListOf) {
        all.add("len(" + x + ") > 1");
        all.add("len(" + x + ") == 0");
      } else if (t instanceof GType.Opt) {
        all.add("present(" + x + ")");
      } else if (t instanceof GType.Scalar s) {
        switch (s.kind()) {
          case BOOL -> {
            all.add(x);
            all.add("not " + x);
          }
          case INT -> {
            all.add(x + " > 2");
            all.add(x + " <= 0");
          }
          case SIZE -> all.add(x + " >= 1G");
          case SECRET -> {}
          default -> {
            all.add(x + " == " + literal(t, x.length()));
            all.add("contains(" + x + ", \"$\")");
            all.add("len(" + x + ") > 3");
          }
        }
      }
    }
    return all;
  }

  /** A condition that every value satisfies, for {@code %require}. */
  static String tautology(GScope scope, int pick) {
    List<String> all = new ArrayList<>(List.of("true"));
    for (GScope.Src src : scope.reachable()) {
      String x = src.expr();
      GType t = src.type();
      if (t instanceof GType.ListOf || GType.isText(t)) {
        all.add("len(" + x + ") >= 0");
      } else if (t instanceof GType.Opt) {
        all.add("present(" + x + ") or not present(" + x + ")");
      } else if (t instanceof GType.Enum e) {
        all.add(x + " == " + e.words().get(0) + " or " + x + " != " + e.words().get(0));
      } else if (t instanceof GType.Scalar s && s.kind() == GType.Kind.INT && s.ranged()) {
        all.add(x + " >= " + s.lo() + " and " + x + " <= " + s.hi());
      } else if (t instanceof GType.Scalar s && s.kind() == GType.Kind.SIZE) {
        all.add("bytes(" + x + ") >= 0");
      } else if (t instanceof GType.Scalar s && s.kind() == GType.Kind.BOOL) {
        all.add(x + " or not " + x);
      }
    }
    return pick(all, pick);
  }

  /** A {@code %let} value and its type. */
  static GScope.Src letValue(GScope scope, int pick, int form) {
    List<GScope.Src> all = new ArrayList<>();
    all.add(
        new GScope.Src(
            literal(GType.Scalar.of(GType.Kind.STRING), form), GType.Scalar.of(GType.Kind.STRING)));
    all.add(
        new GScope.Src(
            "[" + literal(GType.Scalar.of(GType.Kind.STRING), form) + ", \"two\"]",
            new GType.ListOf(GType.Scalar.of(GType.Kind.STRING))));
    for (GScope.Src src : scope.reachable()) {
      GType t = src.type();
      if (GType.isSecret(t) || t instanceof GType.Opt) {
        continue;
      }
      all.add(src);
      if (GType.isText(t)) {
        GType.Kind kind =
            ((GType.Scalar) t).kind() == GType.Kind.PATH ? GType.Kind.PATH : GType.Kind.STRING;
        all.add(new GScope.Src(src.expr() + " + \"-x\"", GType.Scalar.of(kind)));
        all.add(new GScope.Src("upper(" + src.expr() + ")", GType.Scalar.of(GType.Kind.STRING)));
      } else if (GType.isScalarList(t)) {
        all.add(
            new GScope.Src("join(" + src.expr() + ", \",\")", GType.Scalar.of(GType.Kind.STRING)));
      } else if (GType.isScalar(t)) {
        all.add(new GScope.Src("str(" + src.expr() + ")", GType.Scalar.of(GType.Kind.STRING)));
      }
    }
    return GScope.choose(all, pick);
  }
}
