package dev.plumb.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The names a generated template can use at one point, each with its type, as the type checker will
 * see them.
 */
final class GScope {
  /** An expression usable here and its type. */
  record Src(String expr, GType type) {}

  private final List<Src> names;

  GScope(List<Src> names) {
    this.names = new ArrayList<>(names);
  }

  /** The pack's variables, and its axes when {@code axes}. */
  static GScope of(GenPack pack, boolean axes) {
    List<Src> names = new ArrayList<>();
    if (axes) {
      pack.axes().forEach(a -> names.add(new Src(a.axis(), a)));
    }
    pack.vars().forEach(v -> names.add(new Src(v.name(), v.type())));
    return new GScope(names);
  }

  GScope copy() {
    return new GScope(names);
  }

  void add(String expr, GType type) {
    names.add(new Src(expr, type));
  }

  /** Inside {@code %if present(expr)}: the optional is its inner type. */
  void narrow(String expr) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).expr().equals(expr) && names.get(i).type() instanceof GType.Opt o) {
        names.set(i, new Src(expr, o.inner()));
      }
    }
  }

  /**
   * Every value-expression reachable from the names: the names, record fields, defaults of optional
   * scalars.
   */
  List<Src> reachable() {
    List<Src> all = new ArrayList<>();
    for (Src src : names) {
      GType t = src.type();
      all.add(src);
      if (t instanceof GType.Rec r) {
        r.fields().forEach((f, ft) -> all.add(new Src(src.expr() + "." + f, ft)));
      } else if (t instanceof GType.Opt o
          && GType.isScalar(o.inner())
          && !GType.isSecret(o.inner())) {
        all.add(
            new Src(
                "default("
                    + src.expr()
                    + ", "
                    + Exprs.literal(o.inner(), src.expr().length())
                    + ")",
                o.inner()));
      } else if (t instanceof GType.Opt o && GType.isScalarList(o.inner())) {
        all.add(new Src("default(" + src.expr() + ", [])", o.inner()));
      }
    }
    return all;
  }

  List<Src> where(Predicate<GType> test) {
    return reachable().stream().filter(s -> test.test(s.type())).toList();
  }

  /** The plain names of optional type, for {@code present()}. */
  List<Src> optionals() {
    return names.stream().filter(s -> s.type() instanceof GType.Opt).toList();
  }

  /** The {@code pick}-th of {@code candidates} (cyclically), or null when there are none. */
  static Src choose(List<Src> candidates, int pick) {
    return candidates.isEmpty() ? null : candidates.get(Math.floorMod(pick, candidates.size()));
  }
}
