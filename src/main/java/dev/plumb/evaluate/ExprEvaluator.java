package dev.plumb.evaluate;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the value of a checked expression. The checker has ruled out type errors; what can still
 * fail depends on values (an index out of range, an overflow) and throws {@link EvalError}.
 */
final class ExprEvaluator implements Expr.Visitor<Value> {
  private final Env env;
  private final long maxText;
  private final Functions functions = new Functions(this);

  ExprEvaluator(Env env) {
    this(env, Long.MAX_VALUE);
  }

  /** An evaluator whose text values may not outgrow {@code maxText} chars (the script's bound). */
  ExprEvaluator(Env env, long maxText) {
    this.env = env;
    this.maxText = maxText;
  }

  long maxText() {
    return maxText;
  }

  /**
   * A text longer than the script's bound could never be written into it; refusing it here keeps a
   * chain of {@code %let s2 = s1 + s1} from doubling until memory runs out.
   */
  EvalError tooLong(Expr e) {
    return new EvalError(
        Diagnostic.error(
                Code.P509,
                e.span(),
                "this text would be longer than the script's bound of " + maxText + " bytes")
            .withHint(
                "text built with '+', join() or replace() in a chain of '%let's is the usual cause"));
  }

  private Value bounded(Value v, Expr e) {
    if (v instanceof Value.Text t && t.value().length() > maxText) {
      throw tooLong(e);
    }
    return v;
  }

  Value eval(Expr e) {
    return e.accept(this);
  }

  boolean truth(Expr e) {
    return ((Value.Bool) eval(e)).value();
  }

  @Override
  public Value visitText(Expr.Text e) {
    return new Value.Text(e.value());
  }

  @Override
  public Value visitInt(Expr.IntLit e) {
    return new Value.Int(e.value());
  }

  @Override
  public Value visitSize(Expr.SizeLit e) {
    return new Value.Size(e.bytes());
  }

  @Override
  public Value visitBool(Expr.BoolLit e) {
    return new Value.Bool(e.value());
  }

  @Override
  public Value visitList(Expr.ListLit e) {
    List<Value> elements = new ArrayList<>();
    for (Expr element : e.elements()) {
      elements.add(eval(element));
    }
    return new Value.ListOf(elements);
  }

  @Override
  public Value visitRecord(Expr.RecordLit e) {
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Expr.FieldInit f : e.fields()) {
      fields.put(f.name(), eval(f.value()));
    }
    return new Value.RecordOf(fields);
  }

  @Override
  public Value visitName(Expr.Name e) {
    Value local = env.local(e.name());
    if (local == Env.FAILED) {
      throw EvalError.followOn();
    }
    if (local != null) {
      return local;
    }
    String axis = env.axis(e.name());
    if (axis != null) {
      return new Value.Word(axis);
    }
    Value variable = env.variable(e.name());
    // the checker let a bare name through only as an enum word
    return variable != null ? variable : new Value.Word(e.name());
  }

  @Override
  public Value visitField(Expr.Field e) {
    String path = dottedVariable(e);
    if (path != null) {
      return env.variable(path);
    }
    Value target = eval(e.target());
    return ((Value.RecordOf) target).fields().getOrDefault(e.name(), Value.ABSENT);
  }

  /** The declared variable a field chain spells ({@code vm.disks}), or null. */
  private String dottedVariable(Expr.Field e) {
    String path = Expr.dotted(e);
    if (path == null || env.variable(path) == null) {
      return null;
    }
    String root = path.substring(0, path.indexOf('.'));
    return env.local(root) == null && env.axis(root) == null ? path : null;
  }

  @Override
  public Value visitIndex(Expr.Index e) {
    List<Value> list = ((Value.ListOf) eval(e.target())).elements();
    long index = ((Value.Int) eval(e.index())).value();
    if (index < 0 || index >= list.size()) {
      throw new EvalError(
          Diagnostic.error(
                  Code.P507,
                  e.span(),
                  "index "
                      + index
                      + " is out of range for a list of "
                      + list.size()
                      + (list.size() == 1 ? " element" : " elements"))
              .withHint(
                  list.isEmpty() ? "guard it with '%if len(…) > 0'" : "indexes count from 0"));
    }
    return list.get((int) index);
  }

  @Override
  public Value visitCall(Expr.Call e) {
    return bounded(functions.call(e), e);
  }

  @Override
  public Value visitUnary(Expr.Unary e) {
    Value operand = eval(e.operand());
    if (e.op() == Expr.UnaryOp.NOT) {
      return new Value.Bool(!((Value.Bool) operand).value());
    }
    return new Value.Int(
        Arithmetic.exact(() -> Math.negateExact(((Value.Int) operand).value()), e.span()));
  }

  @Override
  public Value visitBinary(Expr.Binary e) {
    return switch (e.op()) {
      case OR -> new Value.Bool(truth(e.left()) || truth(e.right()));
      case AND -> new Value.Bool(truth(e.left()) && truth(e.right()));
      case EQ -> new Value.Bool(Arithmetic.same(eval(e.left()), eval(e.right())));
      case NE -> new Value.Bool(!Arithmetic.same(eval(e.left()), eval(e.right())));
      case IN ->
          new Value.Bool(Arithmetic.contains((Value.ListOf) eval(e.right()), eval(e.left())));
      default -> arithmetic(e);
    };
  }

  /** {@code +} on text is refused before it is built when the two together are over the bound. */
  private Value arithmetic(Expr.Binary e) {
    Value left = eval(e.left());
    Value right = eval(e.right());
    if (left instanceof Value.Text l
        && right instanceof Value.Text r
        && (long) l.value().length() + r.value().length() > maxText) {
      throw tooLong(e);
    }
    return Arithmetic.apply(e.op(), left, right, e.span());
  }
}
