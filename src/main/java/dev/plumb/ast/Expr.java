package dev.plumb.ast;

import dev.plumb.source.Span;
import java.util.List;

/** Expressions of holes and directives (docs/language.md §2), each with its source span. */
public sealed interface Expr {
  Span span();

  <R> R accept(Visitor<R> visitor);

  /**
   * The dotted spelling of a name or field chain ({@code vm.console}), or null for anything else.
   */
  static String dotted(Expr e) {
    if (e instanceof Name n) {
      return n.name();
    }
    if (e instanceof Field f) {
      return f.dotted();
    }
    return null;
  }

  /** One method per expression form, so a pass that forgets one does not compile. */
  interface Visitor<R> {
    R visitText(Text e);

    R visitInt(IntLit e);

    R visitSize(SizeLit e);

    R visitBool(BoolLit e);

    R visitList(ListLit e);

    R visitRecord(RecordLit e);

    R visitName(Name e);

    R visitField(Field e);

    R visitIndex(Index e);

    R visitCall(Call e);

    R visitUnary(Unary e);

    R visitBinary(Binary e);
  }

  record Text(String value, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitText(this);
    }
  }

  record IntLit(long value, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitInt(this);
    }
  }

  /** A size literal, already in bytes. */
  record SizeLit(long bytes, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitSize(this);
    }
  }

  record BoolLit(boolean value, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitBool(this);
    }
  }

  record ListLit(List<Expr> elements, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitList(this);
    }
  }

  record FieldInit(String name, Expr value, Span span) {}

  record RecordLit(List<FieldInit> fields, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitRecord(this);
    }
  }

  /**
   * A plain identifier: a `%let` or `%each` name, a fragment parameter, an axis, the first segment
   * of a dotted variable, or a bare enum word. The checker decides which.
   */
  record Name(String name, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitName(this);
    }
  }

  /**
   * {@code target.name}: a record field, or the next segment of a dotted variable name.
   *
   * @param dotted the chain's dotted spelling, or null when the target is not a name or field
   *     chain: spelt once here, since every compile looks variables up by it
   */
  record Field(Expr target, String name, Span span, String dotted) implements Expr {
    public Field(Expr target, String name, Span span) {
      this(target, name, span, dottedOf(target, name));
    }

    private static String dottedOf(Expr target, String name) {
      String spelt = Expr.dotted(target);
      return spelt == null ? null : spelt + "." + name;
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitField(this);
    }
  }

  record Index(Expr target, Expr index, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitIndex(this);
    }
  }

  record Call(String function, Span nameSpan, List<Expr> args, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitCall(this);
    }
  }

  enum UnaryOp {
    NEGATE("-"),
    NOT("not");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitUnary(this);
    }
  }

  enum BinaryOp {
    OR("or"),
    AND("and"),
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    IN("in"),
    ADD("+"),
    SUB("-"),
    MUL("*");

    public final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    public boolean isComparison() {
      return ordinal() >= EQ.ordinal() && ordinal() <= IN.ordinal();
    }
  }

  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitBinary(this);
    }
  }
}
