package dev.plumb.evaluate;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.values.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the directives of a body with the cell and values known: chooses branches, unrolls
 * loops, checks preconditions, and hands each chosen text line to a {@link Sink}. Every
 * value-dependent error is collected; an evaluation with errors emits nothing further.
 */
public final class Evaluator implements Node.Visitor<Void> {
  private final Map<String, Fragment> fragments;
  private final Sink sink;
  private final List<Diagnostic> errors;
  private Env env;
  private ExprEvaluator exprs;
  private Unit unit;

  private Evaluator(Map<String, Fragment> fragments, Env env, Sink sink, List<Diagnostic> errors) {
    this.fragments = fragments;
    this.sink = sink;
    this.errors = errors;
    this.env = env;
    this.exprs = new ExprEvaluator(env);
  }

  /**
   * Evaluates a template's body.
   *
   * @return the errors found; empty when every line reached the sink
   * @throws Abort when the cell is unsupported or the output is too large
   */
  public static List<Diagnostic> run(
      Unit unit, Map<String, String> cell, Map<String, Value> values, Map<String, Fragment> fragments, Sink sink) {
    List<Diagnostic> errors = new ArrayList<>();
    Evaluator evaluator = new Evaluator(fragments, new Env(cell, values), sink, errors);
    evaluator.unit = unit;
    evaluator.body(unit.body());
    return errors;
  }

  private void body(List<Node> nodes) {
    for (Node node : nodes) {
      try {
        node.accept(this);
      } catch (EvalError e) {
        errors.add(e.diagnostic());
      }
    }
  }

  private void scoped(List<Node> nodes) {
    env.enter();
    try {
      body(nodes);
    } finally {
      env.exit();
    }
  }

  @Override
  public Void visitText(Node.TextLine n) {
    Map<Integer, Value> holes = new HashMap<>();
    for (Node.Part part : n.parts()) {
      if (part instanceof Node.Hole hole) {
        holes.put(hole.index(), exprs.eval(hole.expr()));
      }
    }
    if (errors.isEmpty()) {
      sink.text(unit, n, holes);
    }
    return null;
  }

  @Override
  public Void visitIf(Node.If n) {
    for (Node.Branch branch : n.branches()) {
      if (exprs.truth(branch.condition())) {
        scoped(branch.body());
        return null;
      }
    }
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
    env.bind(n.name(), exprs.eval(n.value()));
    return null;
  }

  @Override
  public Void visitRequire(Node.Require n) {
    if (!exprs.truth(n.condition())) {
      throw new EvalError(Diagnostic.error(Code.P506, n.span(), n.message())
          .withHint("the template requires this of the values; change them, or pick another cell"));
    }
    return null;
  }

  @Override
  public Void visitBlock(Node.Block n) {
    scoped(n.body());
    return null;
  }

  @Override
  public Void visitSuper(Node.Super n) {
    return null;
  }

  @Override
  public Void visitInclude(Node.Include n) {
    Fragment fragment = fragments.get(n.fragment());
    Map<String, Value> params = new LinkedHashMap<>();
    for (int i = 0; i < fragment.params().size(); i++) {
      params.put(fragment.params().get(i).name(), exprs.eval(n.args().get(i)));
    }
    Env saved = env;
    ExprEvaluator savedExprs = exprs;
    Unit savedUnit = unit;
    env = env.forFragment(params);
    exprs = new ExprEvaluator(env);
    unit = fragment;
    try {
      body(fragment.body());
    } finally {
      env = saved;
      exprs = savedExprs;
      unit = savedUnit;
    }
    return null;
  }

  @Override
  public Void visitUnsupported(Node.Unsupported n) {
    throw new Abort(Diagnostic.error(Code.P404, n.span(), "unsupported: " + n.reason()), n.reason());
  }
}
