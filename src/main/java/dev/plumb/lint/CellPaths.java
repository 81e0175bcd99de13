package dev.plumb.lint;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.check.Declarations;
import dev.plumb.check.Structure;
import dev.plumb.check.shell.ShellAnalysis;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import dev.plumb.emit.PathRules;
import dev.plumb.evaluate.Conditions;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link PathRules} (P316, P320) on every path a cell may take, without values: lint's view of
 * what {@code compile} finds on the one path its values choose. An {@code %if} on axes alone is
 * decided by the cell; any other may go either way, and an {@code %each} may run any number of
 * times. The paths are followed as a set of states (the last line emitted and what the rules
 * carry), so their number stays small however many {@code %if}s there are. A finding on a path that
 * took only decided branches holds for every value: an error; one that needs some values is a
 * warning, as the values may never take that path.
 */
public final class CellPaths {
  /**
   * A path so far: where it stands, and whether it took a branch or loop count that values decide.
   * Compared by the identity of the line and files, not by their contents: a record's own equality
   * would walk whole templates for every state.
   */
  private record State(PathRules.Emitted last, boolean assumed) {
    @Override
    public boolean equals(Object other) {
      return other instanceof State s && assumed == s.assumed && same(last, s.last);
    }

    @Override
    public int hashCode() {
      return 31 * (last == null ? 0 : System.identityHashCode(last.line()))
          + Boolean.hashCode(assumed);
    }

    private static boolean same(PathRules.Emitted a, PathRules.Emitted b) {
      if (a == null || b == null) {
        return a == b;
      }
      return a.unit() == b.unit()
          && a.line() == b.line()
          && a.via().equals(b.via())
          && a.openerUnit() == b.openerUnit()
          && Objects.equals(a.opener(), b.opener())
          && a.heredocsLost() == b.heredocsLost();
    }
  }

  private static final int MAX_DEPTH = 256;

  /**
   * Statements walked per cell, over all paths, before lint stops following them: includes that
   * each include the next twice make paths without end, which {@code compile} bounds for the one
   * path it takes (P509).
   */
  static final int MAX_STEPS = 100_000;

  /** Thrown when {@link #MAX_STEPS} is reached. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  private final List<Template> chain;
  private final Map<String, String> cell;
  private final Map<String, Fragment> fragments;
  private final Declarations declarations;
  private final Function<Unit, ShellAnalysis> analyses;
  private final Function<Unit, String> names;
  private final Set<Diagnostic> found = new LinkedHashSet<>();
  private final List<Span> via = new ArrayList<>();

  /** The overriding blocks being walked, innermost last. */
  private final List<Blocks.Definition> overrides = new ArrayList<>();

  private Unit unit;
  private int depth;
  private int steps;

  private CellPaths(
      List<Template> chain,
      Map<String, String> cell,
      Map<String, Fragment> fragments,
      Declarations declarations,
      Function<Unit, ShellAnalysis> analyses,
      Function<Unit, String> names) {
    this.chain = chain;
    this.cell = cell;
    this.fragments = fragments;
    this.declarations = declarations;
    this.analyses = analyses;
    this.names = names;
  }

  /**
   * The findings for one cell served by {@code chain} (child first), as {@code compile} would
   * report them on some path; each holds for every value (error) or for some (warning).
   */
  public static List<Diagnostic> check(
      List<Template> chain,
      Map<String, String> cell,
      Map<String, Fragment> fragments,
      Declarations declarations,
      Function<Unit, ShellAnalysis> analyses,
      Function<Unit, String> names) {
    CellPaths paths = new CellPaths(chain, cell, fragments, declarations, analyses, names);
    paths.unit = chain.get(chain.size() - 1);
    try {
      Set<State> end = paths.body(paths.unit.body(), Set.of(new State(null, false)));
      for (State state : end) {
        PathRules.finish(state.last(), names, d -> paths.report(d, state.assumed()));
      }
    } catch (TooLong tooLong) {
      paths.found.add(
          new Diagnostic(
              Code.P509,
              Severity.NOTE,
              chain.get(0).header(),
              "lint stopped following this cell's paths after " + MAX_STEPS + " statements",
              "compile still checks the path its values take",
              null));
    }
    return List.copyOf(paths.found);
  }

  private void report(Diagnostic d, boolean assumed) {
    found.add(
        assumed
            ? new Diagnostic(
                d.code(),
                Severity.WARNING,
                d.span(),
                "for some values: " + d.message(),
                d.hint(),
                d.cell())
            : d);
  }

  private Set<State> body(List<Node> nodes, Set<State> in) {
    if (depth >= MAX_DEPTH) {
      return in;
    }
    depth++;
    Set<State> states = in;
    for (Node node : nodes) {
      if (states.isEmpty()) {
        break;
      }
      states = node(node, states);
    }
    depth--;
    return states;
  }

  private Set<State> node(Node node, Set<State> in) {
    if (++steps > MAX_STEPS) {
      throw new TooLong();
    }
    if (node instanceof Node.TextLine line) {
      return text(line, in);
    } else if (node instanceof Node.If n) {
      return branches(n, in);
    } else if (node instanceof Node.Each n) {
      return loop(n, in);
    } else if (node instanceof Node.Block n) {
      return block(n, in);
    } else if (node instanceof Node.Super) {
      return superBlock(in);
    } else if (node instanceof Node.Include n) {
      return include(n, in);
    } else if (node instanceof Node.Unsupported) {
      // the cell is refused on this path: no script, nothing to check after it
      return Set.of();
    }
    return in;
  }

  private Set<State> text(Node.TextLine line, Set<State> in) {
    Set<State> out = new LinkedHashSet<>();
    List<Span> here = List.copyOf(via);
    for (State state : in) {
      PathRules.Emitted next =
          PathRules.next(
              state.last(),
              unit,
              line,
              analyses.apply(unit).lines().get(line.id()),
              here,
              names,
              d -> report(d, state.assumed()));
      out.add(new State(next, state.assumed()));
    }
    return out;
  }

  private Set<State> branches(Node.If n, Set<State> in) {
    Set<State> out = new LinkedHashSet<>();
    for (Node.Branch branch : n.branches()) {
      if (Structure.AxisOnly.test(branch.condition(), declarations)) {
        if (Conditions.holds(branch.condition(), cell)) {
          out.addAll(body(branch.body(), in));
          return out;
        }
      } else {
        out.addAll(body(branch.body(), assumed(in)));
        in = assumed(in);
      }
    }
    out.addAll(n.otherwise() == null ? in : body(n.otherwise(), in));
    return out;
  }

  /** Zero, one or more runs of the body: until no new state appears. */
  private Set<State> loop(Node.Each n, Set<State> in) {
    Set<State> out = new LinkedHashSet<>(assumed(in));
    Set<State> frontier = out;
    while (!frontier.isEmpty()) {
      Set<State> next = new LinkedHashSet<>(body(n.body(), frontier));
      next.removeAll(out);
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  private static Set<State> assumed(Set<State> in) {
    Set<State> out = new LinkedHashSet<>();
    in.forEach(s -> out.add(new State(s.last(), true)));
    return out;
  }

  private Set<State> block(Node.Block n, Set<State> in) {
    Blocks.Definition override = Blocks.override(chain, n.name());
    return override == null ? body(n.body(), in) : overriding(override, in);
  }

  private Set<State> superBlock(Set<State> in) {
    Blocks.Definition definition = Blocks.above(chain, overrides.get(overrides.size() - 1));
    return definition == null ? in : overriding(definition, in);
  }

  private Set<State> overriding(Blocks.Definition definition, Set<State> in) {
    Unit saved = unit;
    unit = chain.get(definition.index());
    overrides.add(definition);
    via.add(definition.block().span());
    try {
      return body(definition.block().body(), in);
    } finally {
      via.remove(via.size() - 1);
      overrides.remove(overrides.size() - 1);
      unit = saved;
    }
  }

  private Set<State> include(Node.Include n, Set<State> in) {
    Fragment fragment = fragments.get(n.fragment());
    if (fragment == null) {
      return in;
    }
    Unit saved = unit;
    unit = fragment;
    via.add(n.span());
    try {
      return body(fragment.body(), in);
    } finally {
      via.remove(via.size() - 1);
      unit = saved;
    }
  }
}
