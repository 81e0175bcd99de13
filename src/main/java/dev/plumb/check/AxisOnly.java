package dev.plumb.check;

import dev.plumb.ast.Expr;

/**
 * Conditions made of axes, enum words, literals and logic: decidable from the cell alone, before
 * any value is known.
 */
public final class AxisOnly implements Expr.Visitor<Boolean> {
  private final Declarations declarations;

  private AxisOnly(Declarations declarations) {
    this.declarations = declarations;
  }

  public static boolean test(Expr e, Declarations declarations) {
    return e.accept(new AxisOnly(declarations));
  }

  @Override
  public Boolean visitText(Expr.Text e) {
    return false;
  }

  @Override
  public Boolean visitInt(Expr.IntLit e) {
    return false;
  }

  @Override
  public Boolean visitSize(Expr.SizeLit e) {
    return false;
  }

  @Override
  public Boolean visitBool(Expr.BoolLit e) {
    return true;
  }

  @Override
  public Boolean visitList(Expr.ListLit e) {
    return e.elements().stream().allMatch(x -> x.accept(this));
  }

  @Override
  public Boolean visitRecord(Expr.RecordLit e) {
    return false;
  }

  @Override
  public Boolean visitName(Expr.Name e) {
    // an axis, or a word one of the axes has (a %let name is neither)
    return declarations.axes().stream()
        .anyMatch(a -> a.name().equals(e.name()) || a.values().contains(e.name()));
  }

  @Override
  public Boolean visitField(Expr.Field e) {
    return false;
  }

  @Override
  public Boolean visitIndex(Expr.Index e) {
    return false;
  }

  @Override
  public Boolean visitCall(Expr.Call e) {
    return false;
  }

  @Override
  public Boolean visitUnary(Expr.Unary e) {
    return e.operand().accept(this);
  }

  @Override
  public Boolean visitBinary(Expr.Binary e) {
    boolean logic =
        switch (e.op()) {
          case OR, AND, EQ, NE, IN -> true;
          default -> false;
        };
    return logic && e.left().accept(this) && e.right().accept(this);
  }
}
