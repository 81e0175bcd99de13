package dev.plumb.lint;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import java.util.List;
import java.util.function.Consumer;

/** Visits every expression of a body, and every sub-expression of each. */
final class Exprs {
  private Exprs() {}

  static void inBody(List<Node> body, Consumer<Expr> visit) {
    for (Node node : Usage.flatten(body)) {
      if (node instanceof Node.TextLine t) {
        t.parts().stream()
            .filter(p -> p instanceof Node.Hole)
            .forEach(p -> walk(((Node.Hole) p).expr(), visit));
      } else if (node instanceof Node.If i) {
        i.branches().forEach(b -> walk(b.condition(), visit));
      } else if (node instanceof Node.Each e) {
        walk(e.list(), visit);
      } else if (node instanceof Node.Let l) {
        walk(l.value(), visit);
      } else if (node instanceof Node.Require r) {
        walk(r.condition(), visit);
      } else if (node instanceof Node.Include inc) {
        inc.args().forEach(a -> walk(a, visit));
      }
    }
  }

  static void walk(Expr e, Consumer<Expr> visit) {
    visit.accept(e);
    if (e instanceof Expr.Field f) {
      walk(f.target(), visit);
    } else if (e instanceof Expr.Index i) {
      walk(i.target(), visit);
      walk(i.index(), visit);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> walk(a, visit));
    } else if (e instanceof Expr.Unary u) {
      walk(u.operand(), visit);
    } else if (e instanceof Expr.Binary b) {
      walk(b.left(), visit);
      walk(b.right(), visit);
    } else if (e instanceof Expr.ListLit l) {
      l.elements().forEach(x -> walk(x, visit));
    } else if (e instanceof Expr.RecordLit r) {
      r.fields().forEach(f -> walk(f.value(), visit));
    }
  }
}
