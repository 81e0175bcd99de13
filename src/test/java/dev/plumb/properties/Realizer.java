package dev.plumb.properties;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link Stmt} trees into template lines for one pack, resolving every choice against the
 * names in scope.
 */
final class Realizer {
  private static final List<String> COMMANDS =
      List.of("echo", "printf '%s\\n'", "stub", "true", ":", "cat /dev/null", "stub --");
  private static final List<String> TAILS =
      List.of(
          "",
          "",
          " | tr a b",
          " 2>&1 | cat",
          " >> /tmp/plumb-log",
          " >/dev/null 2>&1",
          " | cat >/dev/null");

  /** First words of a continued command's last line. */
  private static final List<String> LEADS =
      List.of(
          "end", "eval", "if", "trap", ".", "!", "{", "set", "then", "fi", "done", "source", "}");

  /** A fragment the statements may include: its name and parameter types. */
  record Signature(String name, List<GType> params) {}

  private final List<Signature> fragments;
  private int fresh;

  Realizer(List<Signature> fragments) {
    this.fragments = List.copyOf(fragments);
  }

  List<String> body(List<Stmt> stmts, GScope scope) {
    List<String> out = new ArrayList<>();
    chunks(stmts, scope).forEach(out::addAll);
    return out;
  }

  /**
   * The lines of each statement in turn (a {@code %let} binds its name for the statements after
   * it).
   */
  List<List<String>> chunks(List<Stmt> stmts, GScope scope) {
    List<List<String>> chunks = new ArrayList<>();
    for (Stmt s : stmts) {
      List<String> out = new ArrayList<>();
      statement(s, scope, out);
      chunks.add(out);
    }
    return chunks;
  }

  private void statement(Stmt stmt, GScope scope, List<String> out) {
    if (stmt instanceof Stmt.Command c) {
      out.add(Exprs.pick(COMMANDS, c.name()) + args(c.args(), scope) + Exprs.pick(TAILS, c.tail()));
    } else if (stmt instanceof Stmt.Continued c) {
      continued(c, scope, out);
    } else if (stmt instanceof Stmt.Heredoc h) {
      heredoc(h, scope, out);
    } else if (stmt instanceof Stmt.If i) {
      Exprs.Cond cond = Exprs.condition(scope, i.cond(), i.elifCond());
      out.add("%if " + cond.text());
      out.addAll(body(i.yes(), Exprs.narrowed(scope, cond)));
      if (!i.elif().isEmpty()) {
        Exprs.Cond elif = Exprs.condition(scope, i.elifCond(), i.cond());
        out.add("%elif " + elif.text());
        out.addAll(body(i.elif(), Exprs.narrowed(scope, elif)));
      }
      if (!i.no().isEmpty()) {
        out.add("%else");
        out.addAll(body(i.no(), scope.copy()));
      }
      out.add("%end");
    } else if (stmt instanceof Stmt.Each e) {
      each(e, scope, out);
    } else if (stmt instanceof Stmt.Let l) {
      GScope.Src value = Exprs.letValue(scope, l.pick(), l.form());
      String name = "t" + fresh++;
      out.add("%let " + name + " = " + value.expr());
      scope.add(name, value.type());
    } else if (stmt instanceof Stmt.Require r) {
      out.add(
          "%require "
              + Exprs.tautology(scope, r.pick())
              + " else \"cannot fail: "
              + r.pick()
              + "\"");
    } else if (stmt instanceof Stmt.Present p) {
      present(p, scope, out);
    } else if (stmt instanceof Stmt.Index i) {
      index(i, scope, out);
    } else if (stmt instanceof Stmt.Include i) {
      include(i, scope, out);
    } else if (stmt instanceof Stmt.Comment c) {
      comment(c, scope, out);
    } else if (stmt instanceof Stmt.Assign a) {
      assign(a, scope, out);
    }
  }

  private String args(List<Stmt.Arg> args, GScope scope) {
    StringBuilder line = new StringBuilder();
    for (Stmt.Arg a : args) {
      line.append(' ').append(Args.arg(a, scope));
    }
    return line.toString();
  }

  /**
   * A command continued over an {@code %each} or an {@code %if}, every line of it continuing in
   * every branch: a branch (or fragment, or override) that ends the command early, or a
   * here-document boundary that only some branches emit, is refused (P316, P320), and the programs
   * generated here must compile; {@code HeredocProperties} generates those shapes.
   */
  private void continued(Stmt.Continued c, GScope scope, List<String> out) {
    out.add("stub" + args(c.head(), scope) + " \\");
    GScope.Src list = GScope.choose(scope.where(t -> t instanceof GType.ListOf), c.list());
    if (list == null) {
      Exprs.Cond cond = Exprs.condition(scope, c.list(), c.each().extra());
      out.add("%if " + cond.text());
      out.add("  -a " + Args.arg(c.each(), Exprs.narrowed(scope, cond)) + " \\");
      out.add("%end");
    } else {
      GScope inner = scope.copy();
      String x = bindElement(list, inner);
      String i = "i" + fresh++;
      out.add("%each " + x + ", " + i + " in " + list.expr());
      inner.add(i, new GType.Scalar(GType.Kind.INT, true, 0, 1000));
      out.add("  -d" + args(List.of(c.each()), inner) + " --n={{ " + i + " }} \\");
      out.add("%end");
    }
    // the last line starts with a word that would be syntax in command position: here it is an
    // argument
    out.add("  " + Exprs.pick(LEADS, c.list() / 7) + args(c.last(), scope));
  }

  /** Binds a fresh loop variable to the elements of {@code list}, returning its name. */
  private String bindElement(GScope.Src list, GScope inner) {
    String x = "x" + fresh++;
    inner.add(x, ((GType.ListOf) list.type()).element());
    return x;
  }

  /**
   * A here-document whose body has holes and an {@code %each}; never an {@code %include} (a
   * fragment is checked as command lines, so including it in a body is P320, generated by {@code
   * HeredocProperties}).
   */
  private void heredoc(Stmt.Heredoc h, GScope scope, List<String> out) {
    int style = Math.floorMod(h.style(), 4);
    boolean quoted = style == 1 || style == 3;
    String indent = style == 2 ? "\t" : "";
    out.add(
        Exprs.pick(
            List.of("cat <<EOF", "cat <<'EOF' | tr a b", "cat <<-EOF", "cat >/dev/null <<\"EOF\""),
            style));
    List<GScope.Src> scalars =
        scope.where(t -> GType.isScalar(t) && (!quoted || !GType.isSecret(t)));
    StringBuilder line = new StringBuilder(indent + "line");
    for (Stmt.Arg a : h.line()) {
      GScope.Src s = GScope.choose(scalars, a.pick());
      line.append(
          s == null
              ? " \"q\" 'x'"
              : Exprs.pick(List.of(" {{ %s }}", " \"{{ %s }}\"", " x{{ %s }}y"), a.extra())
                  .replace("%s", s.expr()));
    }
    out.add(line.toString());
    GScope.Src list = GScope.choose(scope.where(GType::isScalarList), h.list());
    if (list != null) {
      GScope inner = scope.copy();
      String x = bindElement(list, inner);
      out.add("%each " + x + " in " + list.expr());
      out.add(indent + "item {{ " + x + " }}");
      out.add("%end");
    }
    out.add(indent + "EOF");
  }

  private void each(Stmt.Each e, GScope scope, List<String> out) {
    GScope.Src list = GScope.choose(scope.where(t -> t instanceof GType.ListOf), e.list());
    if (list == null) {
      out.addAll(body(e.body(), scope.copy()));
      return;
    }
    GScope inner = scope.copy();
    String x = bindElement(list, inner);
    String head = "%each " + x;
    if (e.index()) {
      String i = "i" + fresh++;
      inner.add(i, new GType.Scalar(GType.Kind.INT, true, 0, 1000));
      head += ", " + i;
    }
    out.add(head + " in " + list.expr());
    out.addAll(body(e.body(), inner));
    out.add("%end");
  }

  private void present(Stmt.Present p, GScope scope, List<String> out) {
    GScope.Src optional = GScope.choose(scope.optionals(), p.optional());
    if (optional == null) {
      out.addAll(body(p.yes(), scope.copy()));
      return;
    }
    GScope inner = scope.copy();
    inner.narrow(optional.expr());
    Exprs.Cond more =
        Math.floorMod(p.extra(), 3) == 0 ? Exprs.condition(inner, p.extra(), 4) : null;
    out.add("%if present(" + optional.expr() + ")" + (more == null ? "" : " and " + more.text()));
    inner = more == null ? inner : Exprs.narrowed(inner, more);
    out.addAll(body(p.yes(), inner));
    if (!p.no().isEmpty()) {
      out.add("%else");
      out.addAll(body(p.no(), scope.copy()));
    }
    out.add("%end");
  }

  private void index(Stmt.Index i, GScope scope, List<String> out) {
    GScope.Src list = GScope.choose(scope.where(t -> t instanceof GType.ListOf), i.list());
    if (list == null) {
      return;
    }
    GType element = ((GType.ListOf) list.type()).element();
    GScope inner = scope.copy();
    inner.add(list.expr() + "[0]", element);
    inner.add(list.expr() + "[len(" + list.expr() + ") - 1]", element);
    List<Stmt.Arg> args = new ArrayList<>();
    for (Stmt.Arg a : i.args()) {
      // only the indexed elements: the args pick among the two names just added
      args.add(new Stmt.Arg(a.form() == 5 || a.form() == 9 ? 0 : a.form(), a.pick(), a.extra()));
    }
    GScope only = new GScope(List.of());
    inner.reachable().stream()
        .filter(s -> s.expr().startsWith(list.expr() + "["))
        .forEach(s -> only.add(s.expr(), s.type()));
    out.add("%if len(" + list.expr() + ") > 0");
    out.add("stub" + args(args, only));
    out.add("%end");
  }

  private void include(Stmt.Include i, GScope scope, List<String> out) {
    if (fragments.isEmpty()) {
      return;
    }
    Signature f = fragments.get(Math.floorMod(i.fragment(), fragments.size()));
    List<String> args = new ArrayList<>();
    for (int k = 0; k < f.params().size(); k++) {
      GType param = f.params().get(k);
      int pick = k < i.picks().size() ? i.picks().get(k) : k;
      List<GScope.Src> fits = scope.where(t -> GType.assignable(t, param));
      if (param instanceof GType.Rec && fits.isEmpty()) {
        // no record literal: plumb refuses one even for a record parameter (P204, reported as a
        // bug)
        return;
      }
      // one choice in three is a literal
      boolean literal =
          fits.isEmpty() || Math.floorMod(pick, 3) == 0 && !(param instanceof GType.Rec);
      args.add(literal ? Exprs.literal(param, pick) : GScope.choose(fits, pick / 3).expr());
    }
    out.add("%include " + f.name() + "(" + String.join(", ", args) + ")");
  }

  private void comment(Stmt.Comment c, GScope scope, List<String> out) {
    switch (Math.floorMod(c.kind(), 4)) {
      case 0 -> {
        List<GScope.Src> single = scope.where(GType::isSingleLine);
        StringBuilder line = new StringBuilder("# note");
        for (Stmt.Arg a : c.args()) {
          GScope.Src s = GScope.choose(single, a.pick());
          line.append(s == null ? " $(not run) && ;;" : " {{ " + s.expr() + " }}");
        }
        out.add(line.toString());
      }
      case 1 -> out.add("%# a template comment: {{ not a hole }} $(never emitted)");
      case 2 -> out.add("  %%printf '%s\\n' 'a line that starts with %'");
      default -> out.add("");
    }
  }

  private void assign(Stmt.Assign a, GScope scope, List<String> out) {
    GScope.Src s = GScope.choose(scope.where(GType::isScalar), a.value().pick());
    if (s == null) {
      return;
    }
    String name = "V" + fresh++;
    String value = name + "={{ " + s.expr() + " }}";
    switch (Math.floorMod(a.form(), 3)) {
      case 0 -> out.add(value);
      case 1 -> out.add("export " + value);
      default -> out.add(value + " stub \"$" + name + "\"");
    }
  }
}
