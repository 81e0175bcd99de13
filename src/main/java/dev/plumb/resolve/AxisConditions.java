package dev.plumb.resolve;

import dev.plumb.ast.Expr;
import dev.plumb.check.AxisOnly;
import dev.plumb.check.Declarations;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The one decision of a condition before values are known: a condition on axes alone holds or fails
 * in a cell; any other is for the values to decide. CellSupport, lint's path walk, its reachability
 * and its precondition checks all ask here.
 */
public final class AxisConditions {
  /** What a cell alone says of a condition. */
  public enum Decision {
    HOLDS,
    FAILS,
    VALUES_DECIDE
  }

  private AxisConditions() {}

  public static Decision decide(Expr condition, Declarations declarations, Point cell) {
    if (!AxisOnly.test(condition, declarations)) {
      return Decision.VALUES_DECIDE;
    }
    return Boolean.TRUE.equals(condition.accept(new Evaluation(cell)))
        ? Decision.HOLDS
        : Decision.FAILS;
  }

  /** The value of an axis-only expression: a word (an axis's value), a list of words, or a bool. */
  private record Evaluation(Point cell) implements Expr.Visitor<Object> {
    @Override
    public Object visitBool(Expr.BoolLit e) {
      return e.value();
    }

    @Override
    public Object visitName(Expr.Name e) {
      // an axis stands for its value in the cell; any other name is one of the axes' words
      String value = cell.value(e.name());
      return value == null ? e.name() : value;
    }

    @Override
    public Object visitList(Expr.ListLit e) {
      List<Object> words = new ArrayList<>();
      e.elements().forEach(x -> words.add(x.accept(this)));
      return words;
    }

    @Override
    public Object visitUnary(Expr.Unary e) {
      // 'not' is the only unary operator an axis condition has
      return !Boolean.TRUE.equals(e.operand().accept(this));
    }

    @Override
    public Object visitBinary(Expr.Binary e) {
      Object left = e.left().accept(this);
      return switch (e.op()) {
        case OR -> Boolean.TRUE.equals(left) || Boolean.TRUE.equals(e.right().accept(this));
        case AND -> Boolean.TRUE.equals(left) && Boolean.TRUE.equals(e.right().accept(this));
        case EQ -> left.equals(e.right().accept(this));
        case NE -> !left.equals(e.right().accept(this));
        case IN -> e.right().accept(this) instanceof List<?> words && words.contains(left);
        default -> throw new IllegalStateException("not an axis condition: " + e.op());
      };
    }

    @Override
    public Object visitText(Expr.Text e) {
      throw notAxisOnly(e);
    }

    @Override
    public Object visitInt(Expr.IntLit e) {
      throw notAxisOnly(e);
    }

    @Override
    public Object visitSize(Expr.SizeLit e) {
      throw notAxisOnly(e);
    }

    @Override
    public Object visitRecord(Expr.RecordLit e) {
      throw notAxisOnly(e);
    }

    @Override
    public Object visitField(Expr.Field e) {
      throw notAxisOnly(e);
    }

    @Override
    public Object visitIndex(Expr.Index e) {
      throw notAxisOnly(e);
    }

    @Override
    public Object visitCall(Expr.Call e) {
      throw notAxisOnly(e);
    }

    private static IllegalStateException notAxisOnly(Expr e) {
      return new IllegalStateException("not an axis condition at " + e.span());
    }
  }
}
