package dev.plumb.syntax;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Expr.BinaryOp;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import dev.plumb.syntax.generated.PlumbParser.ExprContext;
import java.util.ArrayList;
import java.util.List;

/** Builds expression trees from parse trees. */
final class ExprBuilder {
  private final Spans spans;
  private final List<Diagnostic> errors;

  ExprBuilder(Spans spans, List<Diagnostic> errors) {
    this.spans = spans;
    this.errors = errors;
  }

  Expr build(ExprContext ctx) {
    Span span = spans.of(ctx);
    if (ctx instanceof PlumbParser.FieldExprContext c) {
      return new Expr.Field(build(c.expr()), c.IDENT().getText(), span);
    }
    if (ctx instanceof PlumbParser.IndexExprContext c) {
      return new Expr.Index(build(c.expr(0)), build(c.expr(1)), span);
    }
    if (ctx instanceof PlumbParser.NegateExprContext c) {
      Expr operand = build(c.expr());
      if (operand instanceof Expr.IntLit i) {
        return new Expr.IntLit(-i.value(), span);
      }
      return new Expr.Unary(Expr.UnaryOp.NEGATE, operand, span);
    }
    if (ctx instanceof PlumbParser.NotExprContext c) {
      return new Expr.Unary(Expr.UnaryOp.NOT, build(c.expr()), span);
    }
    if (ctx instanceof PlumbParser.MultiplyExprContext c) {
      return binary(BinaryOp.MUL, c.expr(0), c.expr(1), span);
    }
    if (ctx instanceof PlumbParser.AddExprContext c) {
      return binary(
          c.op.getType() == PlumbLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUB,
          c.expr(0),
          c.expr(1),
          span);
    }
    if (ctx instanceof PlumbParser.CompareExprContext c) {
      return comparison(c, span);
    }
    if (ctx instanceof PlumbParser.AndExprContext c) {
      return binary(BinaryOp.AND, c.expr(0), c.expr(1), span);
    }
    if (ctx instanceof PlumbParser.OrExprContext c) {
      return binary(BinaryOp.OR, c.expr(0), c.expr(1), span);
    }
    if (ctx instanceof PlumbParser.CallExprContext c) {
      return new Expr.Call(
          c.IDENT().getText(), spans.of(c.IDENT().getSymbol()), all(c.expr()), span);
    }
    if (ctx instanceof PlumbParser.NameExprContext c) {
      return new Expr.Name(c.IDENT().getText(), span);
    }
    if (ctx instanceof PlumbParser.ParenExprContext c) {
      return build(c.expr());
    }
    if (ctx instanceof PlumbParser.LiteralExprContext c) {
      return literal(c.literal(), span);
    }
    throw new IllegalStateException("unknown expression form " + ctx.getClass().getSimpleName());
  }

  List<Expr> all(List<ExprContext> contexts) {
    List<Expr> result = new ArrayList<>();
    for (ExprContext c : contexts) {
      result.add(build(c));
    }
    return result;
  }

  private Expr binary(BinaryOp op, ExprContext left, ExprContext right, Span span) {
    return new Expr.Binary(op, build(left), build(right), span);
  }

  private Expr comparison(PlumbParser.CompareExprContext c, Span span) {
    if (c.expr(0) instanceof PlumbParser.CompareExprContext) {
      errors.add(
          Diagnostic.error(Code.P111, span, "comparisons cannot be chained")
              .withHint("join two comparisons with 'and'"));
    }
    BinaryOp op =
        switch (c.op.getType()) {
          case PlumbLexer.EQ -> BinaryOp.EQ;
          case PlumbLexer.NE -> BinaryOp.NE;
          case PlumbLexer.LT -> BinaryOp.LT;
          case PlumbLexer.LE -> BinaryOp.LE;
          case PlumbLexer.GT -> BinaryOp.GT;
          case PlumbLexer.GE -> BinaryOp.GE;
          default -> BinaryOp.IN;
        };
    return binary(op, c.expr(0), c.expr(1), span);
  }

  private Expr literal(PlumbParser.LiteralContext ctx, Span span) {
    if (ctx instanceof PlumbParser.StringLiteralContext c) {
      String value = Literals.string(c.STRING().getText(), span, errors);
      return new Expr.Text(value == null ? "" : value, span);
    }
    if (ctx instanceof PlumbParser.IntLiteralContext c) {
      Long value = Literals.integer(c.INT().getText(), false, span, errors);
      return new Expr.IntLit(value == null ? 0 : value, span);
    }
    if (ctx instanceof PlumbParser.SizeLiteralContext c) {
      Long value = Literals.size(c.SIZE().getText(), span, errors);
      return new Expr.SizeLit(value == null ? 0 : value, span);
    }
    if (ctx instanceof PlumbParser.BoolLiteralContext c) {
      return new Expr.BoolLit(c.TRUE() != null, span);
    }
    if (ctx instanceof PlumbParser.ListLiteralContext c) {
      return new Expr.ListLit(all(c.expr()), span);
    }
    PlumbParser.RecordLiteralContext c = (PlumbParser.RecordLiteralContext) ctx;
    List<Expr.FieldInit> fields = new ArrayList<>();
    for (PlumbParser.FieldInitContext f : c.fieldInit()) {
      fields.add(new Expr.FieldInit(f.IDENT().getText(), build(f.expr()), spans.of(f)));
    }
    return new Expr.RecordLit(fields, span);
  }
}
