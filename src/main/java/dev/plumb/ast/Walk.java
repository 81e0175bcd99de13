package dev.plumb.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a body's statements at any depth, and the expressions in them, with visitors: a new kind of
 * statement or expression does not compile until every walk says what it holds.
 */
public final class Walk {
  private Walk() {}

  /** Every statement of the body at any depth, each before the statements inside it. */
  public static List<Node> statements(List<Node> body) {
    List<Node> all = new ArrayList<>();
    Statements visitor = new Statements(all);
    for (Node node : body) {
      node.accept(visitor);
    }
    return all;
  }

  /** Every expression of the body's statements, and every sub-expression of each. */
  public static void expressions(List<Node> body, Consumer<Expr> visit) {
    for (Node node : statements(body)) {
      for (Expr e : node.accept(new Holds())) {
        subexpressions(e, visit);
      }
    }
  }

  /** {@code e} and every expression inside it, outermost first. */
  public static void subexpressions(Expr e, Consumer<Expr> visit) {
    visit.accept(e);
    e.accept(new Inside()).forEach(x -> subexpressions(x, visit));
  }

  private record Statements(List<Node> all) implements Node.Visitor<Void> {
    private Void add(Node node, List<List<Node>> bodies) {
      all.add(node);
      for (List<Node> body : bodies) {
        body.forEach(n -> n.accept(this));
      }
      return null;
    }

    @Override
    public Void visitText(Node.TextLine n) {
      return add(n, List.of());
    }

    @Override
    public Void visitIf(Node.If n) {
      List<List<Node>> bodies = new ArrayList<>();
      n.branches().forEach(b -> bodies.add(b.body()));
      if (n.otherwise() != null) {
        bodies.add(n.otherwise());
      }
      return add(n, bodies);
    }

    @Override
    public Void visitEach(Node.Each n) {
      return add(n, List.of(n.body()));
    }

    @Override
    public Void visitLet(Node.Let n) {
      return add(n, List.of());
    }

    @Override
    public Void visitRequire(Node.Require n) {
      return add(n, List.of());
    }

    @Override
    public Void visitBlock(Node.Block n) {
      return add(n, List.of(n.body()));
    }

    @Override
    public Void visitSuper(Node.Super n) {
      return add(n, List.of());
    }

    @Override
    public Void visitInclude(Node.Include n) {
      return add(n, List.of());
    }

    @Override
    public Void visitUnsupported(Node.Unsupported n) {
      return add(n, List.of());
    }
  }

  /** The expressions a statement holds itself (not those of the statements inside it). */
  private static final class Holds implements Node.Visitor<List<Expr>> {
    @Override
    public List<Expr> visitText(Node.TextLine n) {
      List<Expr> holes = new ArrayList<>();
      n.parts()
          .forEach(
              p -> {
                if (p instanceof Node.Hole h) {
                  holes.add(h.expr());
                }
              });
      return holes;
    }

    @Override
    public List<Expr> visitIf(Node.If n) {
      return n.branches().stream().map(Node.Branch::condition).toList();
    }

    @Override
    public List<Expr> visitEach(Node.Each n) {
      return List.of(n.list());
    }

    @Override
    public List<Expr> visitLet(Node.Let n) {
      return List.of(n.value());
    }

    @Override
    public List<Expr> visitRequire(Node.Require n) {
      return List.of(n.condition());
    }

    @Override
    public List<Expr> visitBlock(Node.Block n) {
      return List.of();
    }

    @Override
    public List<Expr> visitSuper(Node.Super n) {
      return List.of();
    }

    @Override
    public List<Expr> visitInclude(Node.Include n) {
      return n.args();
    }

    @Override
    public List<Expr> visitUnsupported(Node.Unsupported n) {
      return List.of();
    }
  }

  /** The expressions directly inside an expression. */
  private static final class Inside implements Expr.Visitor<List<Expr>> {
    @Override
    public List<Expr> visitText(Expr.Text e) {
      return List.of();
    }

    @Override
    public List<Expr> visitInt(Expr.IntLit e) {
      return List.of();
    }

    @Override
    public List<Expr> visitSize(Expr.SizeLit e) {
      return List.of();
    }

    @Override
    public List<Expr> visitBool(Expr.BoolLit e) {
      return List.of();
    }

    @Override
    public List<Expr> visitList(Expr.ListLit e) {
      return e.elements();
    }

    @Override
    public List<Expr> visitRecord(Expr.RecordLit e) {
      return e.fields().stream().map(f -> f.value()).toList();
    }

    @Override
    public List<Expr> visitName(Expr.Name e) {
      return List.of();
    }

    @Override
    public List<Expr> visitField(Expr.Field e) {
      return List.of(e.target());
    }

    @Override
    public List<Expr> visitIndex(Expr.Index e) {
      return List.of(e.target(), e.index());
    }

    @Override
    public List<Expr> visitCall(Expr.Call e) {
      return e.args();
    }

    @Override
    public List<Expr> visitUnary(Expr.Unary e) {
      return List.of(e.operand());
    }

    @Override
    public List<Expr> visitBinary(Expr.Binary e) {
      return List.of(e.left(), e.right());
    }
  }
}
