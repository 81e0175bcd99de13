package dev.plumb.evaluate;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Nesting;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.ErrorCap;
import dev.plumb.resolve.ChainWalk;
import dev.plumb.source.Point;
import dev.plumb.source.Span;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the directives of a body with the cell and values known: chooses branches, unrolls loops,
 * checks preconditions, and hands each chosen text line to a {@link Sink}. Every value-dependent
 * error is collected; an evaluation with errors emits nothing further.
 */
public final class Evaluator implements Node.Visitor<Void> {
  /**
   * Bodies nested deeper than this, counting {@code %include}s and {@code %super}s as well as
   * directives, are P110: each file is limited to 64 levels, but a chain of includes is not.
   * Loading the pack reports it already ({@link Nesting}); this stops a compile all the same.
   */
  static final int MAX_DEPTH = Nesting.MAX_DEPTH;

  /**
   * Statements evaluated per byte of the script's bound. An unroll that emits little (only {@code
   * %let}s, or {@code %if}s that fail) would otherwise run unbounded; past this it is P509.
   */
  static final long STEPS_PER_BYTE = 4;

  private final Sink sink;
  private final Reach reach;
  private final List<Diagnostic> errors;

  /** The code, place and message of each error recorded. */
  private final Set<List<Object>> reported = new HashSet<>();

  private final List<Template> chain;
  private final List<Env> envs = new ArrayList<>();

  /** Where each variable's value came from ({@code from web1.json /vm/cpus}), by name. */
  private final Map<String, String> origins;

  /** Where the evaluation stands in the chain: the file, and the sites that led there. */
  private final ChainWalk walk;

  private Env env;
  private ExprEvaluator exprs;
  private int depth;
  private final long maxSteps;
  private final long maxBytes;
  private long steps;

  private Evaluator(
      List<Template> chain,
      Map<String, Fragment> fragments,
      Sink sink,
      Reach reach,
      List<Diagnostic> errors,
      Map<String, String> origins,
      long maxBytes) {
    this.origins = origins;
    this.maxSteps =
        maxBytes > Long.MAX_VALUE / STEPS_PER_BYTE ? Long.MAX_VALUE : maxBytes * STEPS_PER_BYTE;
    this.maxBytes = maxBytes;
    this.chain = chain;
    this.walk = new ChainWalk(chain, fragments);
    this.sink = sink;
    this.reach = reach;
    this.errors = errors;
  }

  /**
   * Evaluates a template with its ancestors: the root's body, with each block taken from the most
   * derived template that overrides it.
   *
   * @param chain the template and its ancestors, child first
   * @param origins where each variable's value came from, as a failed {@code %require} says it
   * @param reach where the text lines emitted and the {@code %if} arms taken are recorded
   * @param maxBytes the script's size bound, which also bounds the work of an unroll
   * @return the errors found; empty when every line reached the sink
   * @throws Abort when the cell is unsupported, the output is too large or the unroll too long
   */
  public static List<Diagnostic> run(
      List<Template> chain,
      Point cell,
      Map<String, Value> values,
      Map<String, String> origins,
      Map<String, Fragment> fragments,
      Sink sink,
      Reach reach,
      long maxBytes) {
    List<Diagnostic> errors = new ArrayList<>();
    Evaluator evaluator = new Evaluator(chain, fragments, sink, reach, errors, origins, maxBytes);
    try {
      evaluator.all(cell, values);
    } catch (TooManyErrors enough) {
      // the errors so far are reported; more of the same would drown them
      errors.add(ErrorCap.stopped());
    }
    return errors;
  }

  /** Thrown at the first distinct error past {@link ErrorCap#MAX_ERRORS}. */
  private static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyErrors() {
      super(null, null, false, false);
    }
  }

  /** The chain's %let constants, each child's for its overrides, then the root's body. */
  private void all(Point cell, Map<String, Value> values) {
    for (int i = 0; i < chain.size(); i++) {
      enter(i, new Env(cell, values));
      if (i < chain.size() - 1) {
        // a child's own %let constants, seen by its overriding blocks
        body(chain.get(i).body().stream().filter(n -> n instanceof Node.Let).toList());
      }
      envs.add(env);
    }
    enter(chain.size() - 1, envs.get(chain.size() - 1));
    body(chain.get(chain.size() - 1).body());
  }

  private void enter(int index, Env newEnv) {
    env = newEnv;
    exprs = new ExprEvaluator(newEnv, maxBytes);
  }

  private void body(List<Node> nodes) {
    if (depth >= MAX_DEPTH && !nodes.isEmpty()) {
      Span site = walk.site();
      throw new Abort(Nesting.tooDeep(site == null ? nodes.get(0).span() : site));
    }
    depth++;
    try {
      for (Node node : nodes) {
        if (++steps > maxSteps) {
          throw new Abort(
              Diagnostic.error(
                      Code.P509,
                      node.span(),
                      "the template runs more than " + maxSteps + " statements for this cell")
                  .withHint(
                      "an '%each' over a large list, or '%each'es nested over lists, is the usual cause"));
        }
        try {
          node.accept(this);
        } catch (EvalError e) {
          report(e.diagnostic());
        }
      }
    } finally {
      depth--;
    }
  }

  /**
   * Records an error once (an unroll repeats the same failure: the same message at the same place,
   * whatever the hint says of the element's values, which is the first element's); one more than
   * {@link ErrorCap#MAX_ERRORS} stops the evaluation, which an unroll would otherwise carry on
   * with, one error per element.
   */
  private void report(Diagnostic error) {
    if (error == null || !reported.add(List.of(error.code(), error.span(), error.message()))) {
      return;
    }
    if (errors.size() == ErrorCap.MAX_ERRORS) {
      throw new TooManyErrors();
    }
    errors.add(error);
  }

  private void scoped(List<Node> nodes) {
    env.enter();
    try {
      body(nodes);
    } finally {
      env.exit();
    }
  }

  /** The values of a line without holes: shared, since it holds nothing. */
  private static final Value[] NO_HOLES = new Value[0];

  @Override
  public Void visitText(Node.TextLine n) {
    List<Node.Part> parts = n.parts();
    int count = 0;
    for (int i = 0; i < parts.size(); i++) {
      count += parts.get(i) instanceof Node.Hole ? 1 : 0;
    }
    Value[] holes = count == 0 ? NO_HOLES : new Value[count];
    for (int i = 0, next = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof Node.Hole hole) {
        holes[next++] = exprs.eval(hole.expr());
      }
    }
    if (errors.isEmpty()) {
      reach.line(walk.unit(), n);
      sink.text(walk.unit(), n, holes, walk.via());
    }
    return null;
  }

  @Override
  public Void visitIf(Node.If n) {
    List<Node.Branch> branches = n.branches();
    for (int arm = 0; arm < branches.size(); arm++) {
      if (exprs.truth(branches.get(arm).condition())) {
        reach.arm(walk.unit(), n, arm);
        scoped(branches.get(arm).body());
        return null;
      }
    }
    // the %else, or no branch at all: the arm after the branches either way
    reach.arm(walk.unit(), n, branches.size());
    if (n.otherwise() != null) {
      scoped(n.otherwise());
    }
    return null;
  }

  @Override
  public Void visitEach(Node.Each n) {
    List<Value> list = ((Value.ListOf) exprs.eval(n.list())).elements();
    for (int i = 0; i < list.size(); i++) {
      env.enter();
      try {
        env.bind(n.item(), list.get(i));
        if (n.index() != null) {
          env.bind(n.index(), new Value.Int(i));
        }
        body(n.body());
      } finally {
        env.exit();
      }
    }
    return null;
  }

  @Override
  public Void visitLet(Node.Let n) {
    try {
      env.bind(n.name(), exprs.eval(n.value()));
    } catch (EvalError e) {
      // its uses would otherwise see no value at all; they are skipped instead
      env.bind(n.name(), Env.FAILED);
      throw e;
    }
    return null;
  }

  @Override
  public Void visitRequire(Node.Require n) {
    if (!exprs.truth(n.condition())) {
      String read = ValuesRead.of(n.condition(), env, origins);
      throw new EvalError(
          Diagnostic.error(Code.P506, n.span(), n.message())
              .withHint(
                  (read.isEmpty() ? "" : read + ": ")
                      + "the template requires this of the values; change them, or pick another"
                      + " cell"));
    }
    return null;
  }

  @Override
  public Void visitBlock(Node.Block n) {
    Blocks.Definition override = walk.blockOf(n);
    if (override != null) {
      return overriding(override);
    }
    scoped(n.body());
    return null;
  }

  /** {@code %super}: the same block as the next ancestor defines it. */
  @Override
  public Void visitSuper(Node.Super n) {
    Blocks.Definition definition = walk.superOf();
    return definition == null ? null : overriding(definition);
  }

  /** A block as a template of the chain defines it, with that template's constants in scope. */
  private Void overriding(Blocks.Definition definition) {
    return walk.inBlock(
        definition, () -> within(envs.get(definition.index()), definition.block().body(), true));
  }

  @Override
  public Void visitInclude(Node.Include n) {
    Fragment fragment = walk.fragmentOf(n);
    Map<String, Value> params = new LinkedHashMap<>();
    for (int i = 0; i < fragment.params().size(); i++) {
      params.put(fragment.params().get(i).name(), exprs.eval(n.args().get(i)));
    }
    return walk.inFragment(
        n, fragment, () -> within(env.forFragment(params), fragment.body(), false));
  }

  /** Evaluates {@code body} with {@code scope}'s names, and the names before it back after. */
  private Void within(Env scope, List<Node> body, boolean ownScope) {
    Env saved = env;
    ExprEvaluator savedExprs = exprs;
    env = scope;
    exprs = new ExprEvaluator(scope, maxBytes);
    try {
      if (ownScope) {
        scoped(body);
      } else {
        body(body);
      }
    } finally {
      env = saved;
      exprs = savedExprs;
    }
    return null;
  }

  @Override
  public Void visitUnsupported(Node.Unsupported n) {
    throw new Unsupported(n);
  }
}
