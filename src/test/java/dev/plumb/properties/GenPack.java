package dev.plumb.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A generated manifest: axes, record types and variables (some with defaults), written out by
 * {@link #manifest()}; {@link #arbitrary()} makes random ones with every type of docs/language.md
 * §1, built from lists of small choices (no {@code flatMap}) so that a failing pack shrinks to
 * fewer, simpler declarations.
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

  /** The shapes a variable's type can take around its scalar kind. */
  enum Shape {
    SCALAR,
    ENUM,
    LIST,
    LIST_ENUM,
    RECORD,
    LIST_RECORD,
    OPTIONAL,
    OPTIONAL_LIST,
    OPTIONAL_RECORD
  }

  /** One variable before it is named: its shape and the parameters of its type. */
  record VarSpec(
      Shape shape,
      GType.Kind kind,
      boolean ranged,
      int lo,
      int width,
      int pick,
      boolean withDefault,
      boolean dotted) {}

  private static final List<GType.Kind> FIELD_KINDS =
      List.of(
          GType.Kind.STRING,
          GType.Kind.NAME,
          GType.Kind.INT,
          GType.Kind.SIZE,
          GType.Kind.BOOL,
          GType.Kind.PATH,
          GType.Kind.MAC,
          GType.Kind.IPV4);

  static Arbitrary<GenPack> arbitrary() {
    Arbitrary<List<Integer>> axes =
        Arbitraries.integers().between(2, 3).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<List<GType.Kind>>> records =
        Arbitraries.of(FIELD_KINDS).list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(2);
    Arbitrary<List<VarSpec>> vars = varSpecs().list().ofMinSize(1).ofMaxSize(10);
    return Combinators.combine(axes, records, vars).as(GenPack::build);
  }

  static Arbitrary<VarSpec> varSpecs() {
    Arbitrary<Shape> shape =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(Shape.SCALAR)),
            Tuple.of(2, Arbitraries.just(Shape.ENUM)),
            Tuple.of(3, Arbitraries.just(Shape.LIST)),
            Tuple.of(1, Arbitraries.just(Shape.LIST_ENUM)),
            Tuple.of(2, Arbitraries.just(Shape.RECORD)),
            Tuple.of(2, Arbitraries.just(Shape.LIST_RECORD)),
            Tuple.of(3, Arbitraries.just(Shape.OPTIONAL)),
            Tuple.of(1, Arbitraries.just(Shape.OPTIONAL_LIST)),
            Tuple.of(1, Arbitraries.just(Shape.OPTIONAL_RECORD)));
    Arbitrary<GType.Kind> kind =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(GType.Kind.STRING)),
            Tuple.of(4, Arbitraries.just(GType.Kind.PATH)),
            Tuple.of(2, Arbitraries.just(GType.Kind.NAME)),
            Tuple.of(2, Arbitraries.just(GType.Kind.INT)),
            Tuple.of(2, Arbitraries.just(GType.Kind.SIZE)),
            Tuple.of(1, Arbitraries.just(GType.Kind.BOOL)),
            Tuple.of(1, Arbitraries.just(GType.Kind.MAC)),
            Tuple.of(1, Arbitraries.just(GType.Kind.IPV4)),
            Tuple.of(2, Arbitraries.just(GType.Kind.SECRET)));
    return Combinators.combine(
            shape,
            kind,
            Arbitraries.of(false, true),
            Arbitraries.integers().between(-5, 8),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(VarSpec::new);
  }

  private static GenPack build(
      List<Integer> axisSizes, List<List<GType.Kind>> recordKinds, List<VarSpec> specs) {
    List<GType.Enum> axes = new ArrayList<>();
    for (int a = 0; a < axisSizes.size(); a++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < axisSizes.get(a); w++) {
        words.add("x" + a + (char) ('a' + w));
      }
      axes.add(new GType.Enum(words, "ax" + a));
    }
    List<GType.Rec> records = new ArrayList<>();
    for (int r = 0; r < recordKinds.size(); r++) {
      Map<String, GType> fields = new LinkedHashMap<>();
      for (int f = 0; f < recordKinds.get(r).size(); f++) {
        fields.put("f" + f, GType.Scalar.of(recordKinds.get(r).get(f)));
      }
      records.add(new GType.Rec("rec" + r, fields));
    }
    List<GenPack.Var> vars = new ArrayList<>();
    for (int v = 0; v < specs.size(); v++) {
      VarSpec spec = specs.get(v);
      GType type = type(spec, records, v);
      String name = (spec.dotted() ? "g.v" : "v") + v;
      vars.add(new GenPack.Var(name, type, spec.withDefault() ? defaultOf(type) : null));
    }
    return new GenPack(axes, records, vars);
  }

  private static GType type(VarSpec spec, List<GType.Rec> records, int index) {
    GType.Kind listable = spec.kind() == GType.Kind.SECRET ? GType.Kind.STRING : spec.kind();
    GType scalar = scalar(spec, spec.kind());
    GType enumType = enumOf(spec.pick(), index);
    GType rec =
        records.isEmpty() ? scalar(spec, listable) : records.get(spec.pick() % records.size());
    switch (spec.shape()) {
      case ENUM:
        return enumType;
      case LIST:
        return new GType.ListOf(scalar(spec, listable));
      case LIST_ENUM:
        return new GType.ListOf(enumType);
      case RECORD:
        return rec;
      case LIST_RECORD:
        return new GType.ListOf(rec);
      case OPTIONAL:
        return new GType.Opt(scalar);
      case OPTIONAL_LIST:
        return new GType.Opt(new GType.ListOf(scalar(spec, listable)));
      case OPTIONAL_RECORD:
        return new GType.Opt(rec);
      default:
        return scalar;
    }
  }

  private static GType.Scalar scalar(VarSpec spec, GType.Kind kind) {
    if (!spec.ranged()) {
      return GType.Scalar.of(kind);
    }
    if (kind == GType.Kind.INT) {
      return new GType.Scalar(kind, true, spec.lo(), spec.lo() + spec.width());
    }
    if (kind == GType.Kind.SIZE) {
      long lo = Math.max(0, spec.lo()) * (1L << 20);
      return new GType.Scalar(kind, true, lo, lo + spec.width() * (1L << 20) + (1L << 10));
    }
    return GType.Scalar.of(kind);
  }

  private static GType.Enum enumOf(int pick, int index) {
    List<String> words = new ArrayList<>();
    for (int w = 0; w < 2 + pick % 3; w++) {
      words.add("e" + index + (char) ('a' + w));
    }
    return new GType.Enum(words, null);
  }

  /** A default in manifest syntax for the type, or null when the type gets none. */
  private static String defaultOf(GType type) {
    if (type instanceof GType.ListOf) {
      return "[]";
    }
    if (type instanceof GType.Enum e) {
      return e.words().get(0);
    }
    if (!(type instanceof GType.Scalar s)) {
      return null;
    }
    switch (s.kind()) {
      case STRING:
        return "\"d e\"";
      case NAME:
        return "\"dflt\"";
      case PATH:
        return "\"/d f\"";
      case INT:
        return Long.toString(s.ranged() ? s.lo() : 7);
      case SIZE:
        return GType.sizeLiteral(s.ranged() ? s.hi() : 1L << 30);
      case BOOL:
        return "false";
      case MAC:
        return "\"58:9C:fc:00:00:01\"";
      case IPV4:
        return "\"10.0.0.1\"";
      default:
        return null;
    }
  }
}
