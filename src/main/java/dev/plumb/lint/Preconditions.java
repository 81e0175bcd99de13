package dev.plumb.lint;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.resolve.AxisConditions;
import dev.plumb.source.Point;
import dev.plumb.types.Type;
import java.util.List;

/**
 * A {@code %require} that holds for every value in every cell that reaches it is dead; one that
 * holds for none means the template can never compile there (P221). Decided with the axes of each
 * cell and the declared ranges of int and size variables; anything else may go either way.
 */
final class Preconditions {
  /** Three-valued truth. */
  enum Tri {
    ALWAYS,
    NEVER,
    MAYBE;

    Tri not() {
      return this == ALWAYS ? NEVER : this == NEVER ? ALWAYS : MAYBE;
    }
  }

  private final Declarations declarations;

  Preconditions(Declarations declarations) {
    this.declarations = declarations;
  }

  void check(Node.Require require, List<Point> cells, List<Diagnostic> warnings) {
    if (cells.isEmpty()) {
      return;
    }
    boolean always = true;
    boolean never = true;
    for (Point cell : cells) {
      Tri t = eval(require.condition(), cell);
      always &= t == Tri.ALWAYS;
      never &= t == Tri.NEVER;
    }
    if (always) {
      warnings.add(
          Diagnostic.warning(
                  Code.P221,
                  require.span(),
                  "this precondition holds for every value it can be given")
              .withHint("remove it: the declared types and ranges already ensure it"));
    } else if (never) {
      warnings.add(
          Diagnostic.warning(
                  Code.P221,
                  require.span(),
                  "this precondition holds for no value: the template can never compile here")
              .withHint("fix the condition, or make the cells unsupported with '%unsupported'"));
    }
  }

  Tri eval(Expr e, Point cell) {
    if (e instanceof Expr.BoolLit b) {
      return b.value() ? Tri.ALWAYS : Tri.NEVER;
    }
    AxisConditions.Decision decision = AxisConditions.decide(e, declarations, cell);
    if (decision != AxisConditions.Decision.VALUES_DECIDE) {
      return decision == AxisConditions.Decision.HOLDS ? Tri.ALWAYS : Tri.NEVER;
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
      return eval(u.operand(), cell).not();
    }
    if (e instanceof Expr.Binary b) {
      return switch (b.op()) {
        case AND -> and(eval(b.left(), cell), eval(b.right(), cell));
        case OR -> and(eval(b.left(), cell).not(), eval(b.right(), cell).not()).not();
        case LT, LE, GT, GE, EQ, NE -> compare(b);
        default -> Tri.MAYBE;
      };
    }
    return Tri.MAYBE;
  }

  private static Tri and(Tri a, Tri b) {
    if (a == Tri.NEVER || b == Tri.NEVER) {
      return Tri.NEVER;
    }
    return a == Tri.ALWAYS && b == Tri.ALWAYS ? Tri.ALWAYS : Tri.MAYBE;
  }

  /** {@code variable OP literal} (or mirrored), over the variable's declared range. */
  private Tri compare(Expr.Binary b) {
    long[] range = range(b.left());
    Long constant = constant(b.right());
    Expr.BinaryOp op = b.op();
    if (range == null || constant == null) {
      range = range(b.right());
      constant = constant(b.left());
      op = mirror(op);
    }
    if (range == null || constant == null) {
      return Tri.MAYBE;
    }
    long lo = range[0];
    long hi = range[1];
    long c = constant;
    return switch (op) {
      case LT -> hi < c ? Tri.ALWAYS : lo >= c ? Tri.NEVER : Tri.MAYBE;
      case LE -> hi <= c ? Tri.ALWAYS : lo > c ? Tri.NEVER : Tri.MAYBE;
      case GT -> lo > c ? Tri.ALWAYS : hi <= c ? Tri.NEVER : Tri.MAYBE;
      case GE -> lo >= c ? Tri.ALWAYS : hi < c ? Tri.NEVER : Tri.MAYBE;
      case EQ -> lo == hi && lo == c ? Tri.ALWAYS : c < lo || c > hi ? Tri.NEVER : Tri.MAYBE;
      default -> lo == hi && lo == c ? Tri.NEVER : c < lo || c > hi ? Tri.ALWAYS : Tri.MAYBE;
    };
  }

  private static Expr.BinaryOp mirror(Expr.BinaryOp op) {
    return switch (op) {
      case LT -> Expr.BinaryOp.GT;
      case LE -> Expr.BinaryOp.GE;
      case GT -> Expr.BinaryOp.LT;
      case GE -> Expr.BinaryOp.LE;
      default -> op;
    };
  }

  private static Long constant(Expr e) {
    return e instanceof Expr.IntLit i
        ? Long.valueOf(i.value())
        : e instanceof Expr.SizeLit s ? Long.valueOf(s.bytes()) : null;
  }

  /** The declared range of an int or size variable, or null. */
  private long[] range(Expr e) {
    String path = Expr.dotted(e);
    Declarations.Variable v = path == null ? null : declarations.variables().get(path);
    if (v == null
        || !(v.type() instanceof Type.Scalar s)
        || (s.kind() != Type.Kind.INT && s.kind() != Type.Kind.SIZE)) {
      return null;
    }
    long lo = s.min() != null ? s.min() : s.kind() == Type.Kind.SIZE ? 0 : Long.MIN_VALUE;
    long hi = s.max() != null ? s.max() : Long.MAX_VALUE;
    return new long[] {lo, hi};
  }
}
