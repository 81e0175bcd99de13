package dev.plumb.pipeline;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.ErrorCap;
import dev.plumb.diag.Failure;
import dev.plumb.emit.Line;
import dev.plumb.emit.Readings;
import dev.plumb.emit.ScriptWriter;
import dev.plumb.evaluate.Abort;
import dev.plumb.evaluate.Evaluator;
import dev.plumb.evaluate.PackLets;
import dev.plumb.evaluate.Reach;
import dev.plumb.evaluate.Unsupported;
import dev.plumb.resolve.CellSupport;
import dev.plumb.resolve.Requests;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import dev.plumb.values.Binder;
import dev.plumb.values.Supplied;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Compiles one cell of a loaded pack: check the request, resolve the template, bind the values,
 * evaluate, emit. Nothing here parses or type-checks: the pack did that once.
 */
public final class CellCompiler {
  /** The largest script allowed unless the caller says otherwise: 1 MiB. */
  public static final long DEFAULT_MAX_BYTES = 1L << 20;

  /**
   * A compiled script: its text (header included), its lines with where each piece came from (made
   * when first asked for: most callers want the text), the secrets it reads, and what its
   * evaluation reached (the text lines emitted, the {@code %if} arms taken), for template coverage.
   */
  public static final class Compiled {
    private final String text;
    private final Supplier<List<Line>> making;
    private final List<String> secrets;
    private final Reach reached;
    private volatile List<Line> lines;

    Compiled(String text, Supplier<List<Line>> lines, List<String> secrets, Reach reached) {
      this.text = text;
      this.making = lines;
      this.secrets = List.copyOf(secrets);
      this.reached = reached;
    }

    /** The script, each line ended by a newline. */
    public String text() {
      return text;
    }

    /** The script's lines, header included, the same text as {@link #text}. */
    public List<Line> lines() {
      List<Line> made = lines;
      if (made == null) {
        made = List.copyOf(making.get());
        lines = made;
      }
      return made;
    }

    public List<String> secrets() {
      return secrets;
    }

    public Reach reached() {
      return reached;
    }
  }

  private final PackModel pack;

  /** The chain that serves each (operation, cell) compiled so far: the axes alone decide it. */
  private final Map<Served, List<Template>> served = new ConcurrentHashMap<>();

  private record Served(String operation, Point cell) {}

  /** The shell readings of the paths this pack's compiles took: a path is read once. */
  private final Readings readings = new Readings();

  /** The pack's fragments by name, made once: every compile that includes one looks it up. */
  private final Map<String, Fragment> fragments;

  /** Whether a variable's type nests deeper than {@link #DEEP_TYPES} levels. */
  private final boolean deepTypes;

  public CellCompiler(PackModel pack) {
    this.pack = pack;
    this.deepTypes =
        pack.declarations().variables().values().stream()
            .anyMatch(v -> depth(v.type()) > DEEP_TYPES);
    this.fragments = pack.fragmentsByName();
  }

  /**
   * Compiles {@code operation} for {@code cell} (axis to value, as requested) with {@code values}.
   *
   * @param annotate put a {@code # file:line} comment before each command
   * @param maxBytes the largest script allowed
   * @throws Failure for an unknown operation or cell, an unsupported cell, values errors, or errors
   *     that only the values reveal
   */
  public Compiled compile(
      String operation, Point cell, Supplied values, boolean annotate, long maxBytes) {
    return compile(operation, cell, () -> bind(values), annotate, maxBytes);
  }

  /** As {@link #compile(String, Point, Supplied, boolean, long)}, with values bound before. */
  public Compiled compile(
      String operation, Point cell, Binder.Bound values, boolean annotate, long maxBytes) {
    return compile(operation, cell, () -> values, annotate, maxBytes);
  }

  /**
   * Binds {@code values} to the pack's declarations: what every compile with them would do first.
   *
   * @throws Failure with the values errors
   */
  public Binder.Bound bind(Supplied values) {
    if (!deepTypes) {
      return bindHere(values);
    }
    // values of deeply nested record types are decoded one frame pair per level: on a stack
    // sized for them, whatever thread the caller compiles on
    FutureTask<Binder.Bound> task = new FutureTask<>(() -> bindHere(values));
    Thread thread = new Thread(null, task, "plumb-values", DEEP_STACK);
    thread.start();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding values", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The nesting of declared types past which values are bound on a stack of their own. */
  static final int DEEP_TYPES = 64;

  private static final long DEEP_STACK = 64L << 20;

  private Binder.Bound bindHere(Supplied values) {
    Checked<Binder.Bound> bound = Binder.bindWithOrigins(pack.declarations(), values);
    if (!bound.diagnostics().isEmpty()) {
      throw new Failure(ErrorCap.apply(PackLoader.sorted(bound.diagnostics())));
    }
    return bound.value();
  }

  /** Binds the values only once the request and the cell's template are known to be good. */
  private Compiled compile(
      String operation,
      Point cell,
      Supplier<Binder.Bound> values,
      boolean annotate,
      long maxBytes) {
    Declarations decls = pack.declarations();
    Point axes = Requests.cell(pack.declarations(), operation, cell);
    List<Template> chain = resolve(operation, axes);
    Binder.Bound bound = values.get();
    Checked<Map<String, Value>> computed = PackLets.compute(decls, axes, bound.values(), maxBytes);
    if (!computed.diagnostics().isEmpty()) {
      throw new Failure(computed.diagnostics());
    }
    ScriptWriter writer =
        new ScriptWriter(pack.texts()::get, pack::relative, readings, annotate, maxBytes);
    Reach reach = new Reach();
    List<Diagnostic> errors = new ArrayList<>();
    List<Line> header = List.of();
    try {
      errors.addAll(
          Evaluator.run(
              chain, axes, computed.value(), bound.origins(), fragments, writer, reach, maxBytes));
      if (errors.isEmpty()) {
        // the secrets are known once every line is given: the header names them
        List<String> from = chain.stream().map(pack::relative).toList();
        header = Header.lines(decls.pack(), operation, axes, from, writer.secrets());
        errors.addAll(writer.finish(header));
      }
    } catch (Abort abort) {
      errors.add(abort.diagnostic());
    } catch (Unsupported unsupported) {
      Node.Unsupported directive = unsupported.directive();
      errors.add(unsupported(operation, axes, directive.reason(), directive.span()));
    }
    if (!errors.isEmpty()) {
      throw new Failure(errors);
    }
    List<Line> top = header;
    return new Compiled(
        writer.text(),
        () -> {
          List<Line> lines = new ArrayList<>(top);
          lines.addAll(writer.lines());
          return lines;
        },
        writer.secrets(),
        reach);
  }

  /**
   * What choosing the cell's template weighed: every template of the operation and how it fared,
   * the chain of the chosen one (empty when none is), and the {@code %unsupported} that chain
   * reaches for the cell (or null).
   */
  public record Weighed(
      Point cell,
      List<Resolver.Ranked> ranked,
      List<Template> chain,
      Node.Unsupported unsupported) {
    public Weighed {
      ranked = List.copyOf(ranked);
      chain = List.copyOf(chain);
    }
  }

  /**
   * Weighs every template of {@code operation} for {@code cell}, as {@link #compile} chooses one.
   *
   * @throws Failure for an unknown operation or cell (P402, P405)
   */
  public Weighed weigh(String operation, Point cell) {
    Point axes = Requests.cell(pack.declarations(), operation, cell);
    List<Resolver.Ranked> ranked = Resolver.rank(pack.templatesOf(operation), axes);
    if (!(Resolver.resolve(pack.templatesOf(operation), axes)
        instanceof Resolution.Chosen chosen)) {
      return new Weighed(axes, ranked, List.of(), null);
    }
    List<Template> chain = pack.chain(chosen.template());
    return new Weighed(
        axes, ranked, chain, CellSupport.unsupported(chain, axes, pack.declarations()));
  }

  /**
   * How deep a type nests records, lists and optionals, counted up to just past {@link #DEEP_TYPES}
   * (so the recursion stays shallow), each type once however often it is used.
   */
  static int depth(Type type) {
    return depth(type, new IdentityHashMap<>());
  }

  private static int depth(Type type, Map<Type, Integer> known) {
    Integer done = known.get(type);
    if (done != null) {
      return done;
    }
    known.put(type, DEEP_TYPES + 1); // a type met again on its own path: no deeper than the cap
    int inner = 0;
    if (type instanceof Type.RecordOf r) {
      for (Type field : r.fields().values()) {
        inner = Math.max(inner, depth(field, known));
        if (inner > DEEP_TYPES) {
          break;
        }
      }
    } else if (type instanceof Type.ListOf l) {
      inner = depth(l.element(), known);
    } else if (type instanceof Type.OptionalOf o) {
      inner = depth(o.inner(), known);
    }
    int depth = Math.min(inner + 1, DEEP_TYPES + 1);
    known.put(type, depth);
    return depth;
  }

  /** The chain of the template that serves the cell, or the P404 that says it is unsupported. */
  private List<Template> resolve(String operation, Point axes) {
    Served key = new Served(operation, axes);
    List<Template> chain = served.get(key);
    if (chain == null) {
      chain = choose(operation, axes);
      served.putIfAbsent(key, chain);
    }
    return chain;
  }

  private List<Template> choose(String operation, Point axes) {
    Declarations.Exclusion excluded = pack.declarations().excluding(axes);
    if (excluded != null) {
      throw new Failure(
          List.of(
              unsupported(operation, axes, excluded.reason() + " (excluded)", excluded.span())));
    }
    Resolution resolution = Resolver.resolve(pack.templatesOf(operation), axes);
    if (!(resolution instanceof Resolution.Chosen chosen)) {
      throw new Failure(
          List.of(
              unsupported(operation, axes, Matrices.NO_TEMPLATE, Span.ofFile(Requests.REQUEST))));
    }
    List<Template> chain = pack.chain(chosen.template());
    Node.Unsupported unsupported = CellSupport.unsupported(chain, axes, pack.declarations());
    if (unsupported != null) {
      throw new Failure(
          List.of(unsupported(operation, axes, unsupported.reason(), unsupported.span())));
    }
    return chain;
  }

  private Diagnostic unsupported(String operation, Point axes, String reason, Span span) {
    return Diagnostic.error(
            Code.P404,
            span,
            "'" + operation + "' is unsupported for " + axes.show() + ": " + reason)
        .withHint(hint(operation, Nearest.search(pack, operation, axes)));
  }

  private static String hint(String operation, Nearest.Found nearest) {
    if (nearest.complete()) {
      return nearest.cell() != null
          ? "the nearest supported cell is " + nearest.cell().show()
          : "no cell of '" + operation + "' is supported";
    }
    return nearest.cell() != null
        ? "a supported cell is "
            + nearest.cell().show()
            + "; none of the "
            + Nearest.MAX_TRIES
            + " nearer cells tried is"
        : "no supported cell was found near it (" + Nearest.MAX_TRIES + " cells tried)";
  }
}
