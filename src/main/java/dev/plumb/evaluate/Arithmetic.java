package dev.plumb.evaluate;

import dev.plumb.ast.Expr.BinaryOp;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Arithmetic, comparison and equality on values, with overflow as an error. */
final class Arithmetic {
  private Arithmetic() {}

  static boolean same(Value a, Value b) {
    return a.equals(b);
  }

  static boolean contains(Value.ListOf list, Value item) {
    return list.elements().contains(item);
  }

  static long exact(LongSupplier computation, Span span) {
    try {
      return computation.getAsLong();
    } catch (ArithmeticException e) {
      throw new EvalError(Diagnostic.error(Code.P510, span, "arithmetic overflow"));
    }
  }

  static Value apply(BinaryOp op, Value left, Value right, Span span) {
    if (left instanceof Value.Text l && right instanceof Value.Text r) {
      return new Value.Text(l.value() + r.value());
    }
    if (left instanceof Value.ListOf l && right instanceof Value.ListOf r) {
      List<Value> both = new ArrayList<>(l.elements());
      both.addAll(r.elements());
      return new Value.ListOf(both);
    }
    if (left instanceof Value.Int l && right instanceof Value.Int r) {
      return switch (op) {
        case ADD -> new Value.Int(exact(() -> Math.addExact(l.value(), r.value()), span));
        case SUB -> new Value.Int(exact(() -> Math.subtractExact(l.value(), r.value()), span));
        case MUL -> new Value.Int(exact(() -> Math.multiplyExact(l.value(), r.value()), span));
        default -> new Value.Bool(compare(op, Long.compare(l.value(), r.value())));
      };
    }
    long a = bytesOrInt(left);
    long b = bytesOrInt(right);
    if (op != BinaryOp.ADD && op != BinaryOp.SUB && op != BinaryOp.MUL) {
      return new Value.Bool(compare(op, Long.compare(a, b)));
    }
    long result =
        switch (op) {
          case ADD -> exact(() -> Math.addExact(a, b), span);
          case SUB -> exact(() -> Math.subtractExact(a, b), span);
          default -> exact(() -> Math.multiplyExact(a, b), span);
        };
    if (result < 0) {
      throw new EvalError(Diagnostic.error(Code.P510, span, "a size cannot be below zero"));
    }
    return new Value.Size(result);
  }

  private static long bytesOrInt(Value v) {
    return v instanceof Value.Size s ? s.bytes() : ((Value.Int) v).value();
  }

  private static boolean compare(BinaryOp op, int order) {
    return switch (op) {
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
      default -> throw new IllegalArgumentException(op.symbol);
    };
  }
}
