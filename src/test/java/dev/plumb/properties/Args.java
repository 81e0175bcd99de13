package dev.plumb.properties;

import java.util.List;

/**
 * Writes one command argument of a generated text line: a hole in one of the contexts of design
 * §3.2, or a literal word.
 */
final class Args {
  /** Literal words that look like shell syntax but are plain arguments. */
  static final List<String> WORDS =
      List.of(
          "-x",
          "a.b",
          "'single quoted'",
          "\"double $HOME\"",
          "a\\ b",
          "x=1",
          "{{ \"{{\" }}",
          "'# not a comment'",
          "\\$x",
          "'if'",
          "\"&&\"",
          "\\;",
          "e\\&",
          "%s",
          "--",
          "'$(x)'");

  private static final List<String> SEPARATORS =
      List.of("\",\"", "\" \"", "\"$\"", "\"\\\\\"", "\"'\"", "\"\"");

  private Args() {}

  static String arg(Stmt.Arg a, GScope scope) {
    List<GScope.Src> scalars = scope.where(GType::isScalar);
    List<GScope.Src> texts = scope.where(GType::isText);
    List<GScope.Src> lists = scope.where(GType::isScalarList);
    String word = Exprs.pick(WORDS, a.extra());
    switch (a.form()) {
      case 0:
        {
          GScope.Src s = GScope.choose(concat(scalars, lists), a.pick());
          return s == null ? word : "{{ " + s.expr() + " }}";
        }
      case 1:
        return hole(scalars, a.pick(), "w", ".x", word);
      case 2:
        return hole(scalars, a.pick(), "\"a ", " b\"", word);
      case 3:
        return hole(scalars, a.pick(), "--opt=", "", word);
      case 4:
        {
          GScope.Src s = GScope.choose(texts, a.pick());
          return s == null ? word : "file={{ commas(" + s.expr() + ") }},if=virtio";
        }
      case 5:
        {
          GScope.Src s = GScope.choose(lists, a.pick());
          return s == null
              ? word
              : "\"{{ join(" + s.expr() + ", " + Exprs.pick(SEPARATORS, a.extra()) + ") }}\"";
        }
      case 6:
        return function(a, scope, word);
      case 7:
        return arithmetic(a, scope, word);
      case 9:
        {
          GScope.Src s =
              GScope.choose(
                  scope.where(
                      t ->
                          t instanceof GType.Scalar x
                              && (x.kind() == GType.Kind.PATH || x.kind() == GType.Kind.NAME)),
                  a.pick());
          String op = Exprs.pick(List.of(">", ">>", "2>", "<"), a.extra());
          return s == null ? word : op + " {{ " + s.expr() + " }}";
        }
      case 10:
        return Exprs.pick(List.of("{{ %s }}", "\"{{ %s }}\"", "x{{ %s }}y"), a.extra())
            .replace("%s", Exprs.pick(Exprs.STRINGS, a.pick()));
      case 11:
        {
          GScope.Src s = GScope.choose(scalars, a.pick());
          GScope.Src t = GScope.choose(scalars, a.extra());
          return s == null ? word : "\"{{ " + s.expr() + " }}\"{{ " + t.expr() + " }}'x'";
        }
      default:
        return word;
    }
  }

  private static String hole(
      List<GScope.Src> candidates, int pick, String before, String after, String word) {
    GScope.Src s = GScope.choose(candidates, pick);
    return s == null ? word : before + "{{ " + s.expr() + " }}" + after;
  }

  private static String function(Stmt.Arg a, GScope scope, String word) {
    List<GScope.Src> all = new java.util.ArrayList<>();
    for (GScope.Src s : scope.reachable()) {
      GType t = s.type();
      if (GType.isText(t)) {
        String f = Exprs.pick(List.of("upper", "lower", "basename", "dirname", "len"), a.extra());
        all.add(new GScope.Src(f + "(" + s.expr() + ")", t));
      } else if (GType.isScalar(t) && !GType.isSecret(t)) {
        all.add(new GScope.Src("str(" + s.expr() + ")", t));
      } else if (t instanceof GType.ListOf) {
        all.add(new GScope.Src("len(" + s.expr() + ")", t));
      }
    }
    GScope.Src s = GScope.choose(all, a.pick());
    return s == null ? word : "{{ " + s.expr() + " }}";
  }

  private static String arithmetic(Stmt.Arg a, GScope scope, String word) {
    List<GScope.Src> all = new java.util.ArrayList<>();
    for (GScope.Src s : scope.reachable()) {
      if (s.type() instanceof GType.Scalar x && x.ranged() && x.kind() == GType.Kind.INT) {
        all.add(
            new GScope.Src(
                Exprs.pick(List.of("%s + 1", "%s * 2", "-%s", "%s - 3"), a.extra())
                    .replace("%s", s.expr()),
                x));
      } else if (s.type() instanceof GType.Scalar x && x.ranged() && x.kind() == GType.Kind.SIZE) {
        all.add(
            new GScope.Src(
                Exprs.pick(List.of("bytes(%s)", "%s + 1M"), a.extra()).replace("%s", s.expr()), x));
      } else if (GType.isText(s.type())) {
        all.add(new GScope.Src(s.expr() + " + " + Exprs.pick(Exprs.STRINGS, a.extra()), s.type()));
      }
    }
    GScope.Src s = GScope.choose(all, a.pick());
    return s == null ? word : "{{ " + s.expr() + " }}";
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
