package dev.plumb.lint;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.check.Declarations;
import dev.plumb.check.Nesting;
import dev.plumb.check.shell.Continuations;
import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.HoleRef;
import dev.plumb.check.shell.ReadListener;
import dev.plumb.check.shell.Role;
import dev.plumb.check.shell.ShellReader;
import dev.plumb.check.shell.State;
import dev.plumb.check.shell.UnitText;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import dev.plumb.resolve.AxisConditions;
import dev.plumb.resolve.ChainWalk;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The shell reading of every path a cell may take, without values: lint's view of what {@code
 * compile} finds on the one path its values choose, with the same {@link ShellReader}. An {@code
 * %if} on axes alone is decided by the cell; any other may go either way, and an {@code %each} may
 * run any number of times. The paths are followed as a set of reader states, so their number stays
 * small however many {@code %if}s there are. A finding on a path that took only decided branches
 * holds for every value: an error; one that needs some values is a warning, as the values may never
 * take that path.
 */
public final class CellPaths {
  /**
   * A path so far: where the reader stands, the line it read last, and whether it took a branch
   * values decide.
   */
  private record Path(State reading, Continuations.Emitted last, boolean assumed) {}

  /**
   * Statements walked per cell, counting a text line once for each path that reads it, before lint
   * stops following them: includes that each include the next twice make paths without end, which
   * {@code compile} bounds for the one path it takes (P509).
   */
  static final int MAX_STEPS = 100_000;

  /**
   * Distinct states an {@code %each} may lead to before lint stops following the cell's paths: a
   * run that only ever adds to the state (a word continued without a blank into the next run) makes
   * new states without end, each longer than the last.
   */
  static final int MAX_LOOP_STATES = 256;

  /** Thrown when {@link #MAX_STEPS} or {@link #MAX_LOOP_STATES} is reached. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  private final List<Template> chain;
  private final Point cell;
  private final Declarations declarations;
  private final Function<Unit, UnitText> texts;
  private final ChainWalk walk;
  private final Map<Node.Hole, HoleRef> refs = new HashMap<>();
  private final Set<Diagnostic> found = new LinkedHashSet<>();

  private int depth;
  private int steps;

  private CellPaths(
      List<Template> chain,
      Point cell,
      Map<String, Fragment> fragments,
      Declarations declarations,
      Function<Unit, UnitText> texts) {
    this.chain = chain;
    this.cell = cell;
    this.walk = new ChainWalk(chain, fragments);
    this.declarations = declarations;
    this.texts = texts;
  }

  /**
   * The findings for one cell served by {@code chain} (child first), as {@code compile} would
   * report them on some path; each holds for every value (error) or for some (warning).
   */
  public static List<Diagnostic> check(
      List<Template> chain,
      Point cell,
      Map<String, Fragment> fragments,
      Declarations declarations,
      Function<Unit, UnitText> texts) {
    CellPaths paths = new CellPaths(chain, cell, fragments, declarations, texts);
    try {
      Set<Path> end =
          paths.body(paths.walk.root().body(), Set.of(new Path(State.start(), null, false)));
      for (Path path : end) {
        ShellReader.resume(path.reading(), paths.listener(path.assumed())).end();
      }
    } catch (TooLong tooLong) {
      paths.found.add(
          Diagnostic.note(
                  Code.P509,
                  chain.get(0).header(),
                  "lint stopped following this cell's paths (more than "
                      + MAX_STEPS
                      + " line readings, or an '%each' whose runs never repeat a state)")
              .withHint("compile still checks the path its values take"));
    }
    return List.copyOf(paths.found);
  }

  /** Where a reading on a path reports; a hole that names the command depends on its value. */
  private ReadListener listener(boolean assumed) {
    return new ReadListener() {
      @Override
      public void hole(HoleRef hole, HoleContext context) {
        if (context.role() == Role.COMMAND_NAME) {
          found.add(
              Diagnostic.warning(
                      Code.P309,
                      hole.hole().span(),
                      "for some values: the command name comes from a value, and compile refuses"
                          + " one that is not a path containing '/'")
                  .withHint("write the command name literally, or make sure the value is a path"));
        }
      }

      @Override
      public void report(Diagnostic d) {
        CellPaths.this.report(d, assumed);
      }
    };
  }

  private void report(Diagnostic d, boolean assumed) {
    found.add(
        assumed && d.isError()
            ? d.withSeverity(Severity.WARNING).withMessage("for some values: " + d.message())
            : d);
  }

  private Set<Path> body(List<Node> nodes, Set<Path> in) {
    // deeper is P110, which loading reports (Nesting): no cell of such a pack compiles
    if (depth >= Nesting.MAX_DEPTH) {
      return in;
    }
    depth++;
    Set<Path> states = in;
    for (Node node : nodes) {
      if (states.isEmpty()) {
        break;
      }
      states = node(node, states);
    }
    depth--;
    return states;
  }

  private Set<Path> node(Node node, Set<Path> in) {
    if (++steps > MAX_STEPS) {
      throw new TooLong();
    }
    return node.accept(new Step(in));
  }

  /** One statement read on every path in {@code in}: the paths it leads to. */
  private final class Step implements Node.Visitor<Set<Path>> {
    private final Set<Path> in;

    Step(Set<Path> in) {
      this.in = in;
    }

    @Override
    public Set<Path> visitText(Node.TextLine n) {
      return text(n, in);
    }

    @Override
    public Set<Path> visitIf(Node.If n) {
      return branches(n, in);
    }

    @Override
    public Set<Path> visitEach(Node.Each n) {
      return loop(n, in);
    }

    @Override
    public Set<Path> visitLet(Node.Let n) {
      return in;
    }

    @Override
    public Set<Path> visitRequire(Node.Require n) {
      return in;
    }

    @Override
    public Set<Path> visitBlock(Node.Block n) {
      Blocks.Definition override = walk.blockOf(n);
      return override == null ? body(n.body(), in) : overriding(override, in);
    }

    @Override
    public Set<Path> visitSuper(Node.Super n) {
      Blocks.Definition definition = walk.superOf();
      return definition == null ? in : overriding(definition, in);
    }

    @Override
    public Set<Path> visitInclude(Node.Include n) {
      Fragment fragment = walk.fragmentOf(n);
      return fragment == null ? in : walk.inFragment(n, fragment, () -> body(fragment.body(), in));
    }

    @Override
    public Set<Path> visitUnsupported(Node.Unsupported n) {
      // the cell is refused on this path: no script, nothing to check after it
      return Set.of();
    }
  }

  private Set<Path> text(Node.TextLine line, Set<Path> in) {
    List<HoleRef> holes = new ArrayList<>();
    UnitText text = texts.apply(walk.unit());
    for (Node.Part part : line.parts()) {
      if (part instanceof Node.Hole hole) {
        holes.add(refs.computeIfAbsent(hole, h -> new HoleRef(h, text.holeTypes().get(h.index()))));
      }
    }
    Continuations.Emitted here = new Continuations.Emitted(walk.unit(), walk.via(), line);
    // each path read counts: an unroll may multiply the paths without repeating a statement
    steps += in.size();
    if (steps > MAX_STEPS) {
      throw new TooLong();
    }
    Set<Path> out = new LinkedHashSet<>();
    for (Path path : in) {
      ReadListener listener = listener(path.assumed());
      ShellReader reader = ShellReader.resume(path.reading(), listener);
      Continuations.check(path.last(), here, reader.lineStart(), text, listener::report);
      reader.line(line, holes, false);
      out.add(new Path(reader.state(), here, path.assumed()));
    }
    return out;
  }

  private Set<Path> branches(Node.If n, Set<Path> in) {
    Set<Path> out = new LinkedHashSet<>();
    for (Node.Branch branch : n.branches()) {
      AxisConditions.Decision decision =
          AxisConditions.decide(branch.condition(), declarations, cell);
      if (decision == AxisConditions.Decision.HOLDS) {
        out.addAll(body(branch.body(), in));
        return out;
      } else if (decision == AxisConditions.Decision.VALUES_DECIDE) {
        out.addAll(body(branch.body(), assumed(in)));
        in = assumed(in);
      }
    }
    out.addAll(n.otherwise() == null ? in : body(n.otherwise(), in));
    return out;
  }

  /** Zero, one or more runs of the body: until no new state appears. */
  private Set<Path> loop(Node.Each n, Set<Path> in) {
    Set<Path> out = new LinkedHashSet<>(assumed(in));
    Set<Path> frontier = out;
    while (!frontier.isEmpty()) {
      Set<Path> next = new LinkedHashSet<>(body(n.body(), frontier));
      next.removeAll(out);
      out.addAll(next);
      frontier = next;
      if (out.size() > MAX_LOOP_STATES) {
        // each run adds to something that never ends (a word continued without a blank, a
        // command that announces one more here-document): the states never repeat
        throw new TooLong();
      }
    }
    return out;
  }

  private static Set<Path> assumed(Set<Path> in) {
    Set<Path> out = new LinkedHashSet<>();
    in.forEach(s -> out.add(new Path(s.reading(), s.last(), true)));
    return out;
  }

  private Set<Path> overriding(Blocks.Definition definition, Set<Path> in) {
    return walk.inBlock(definition, () -> body(definition.block().body(), in));
  }
}
