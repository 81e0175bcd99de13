package dev.plumb.syntax;

import dev.plumb.ast.TypeRef;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds type references (manifest declarations and fragment parameters). */
final class TypeRefBuilder {
  private final Spans spans;
  private final List<Diagnostic> errors;

  TypeRefBuilder(Spans spans, List<Diagnostic> errors) {
    this.spans = spans;
    this.errors = errors;
  }

  TypeRef build(PlumbParser.TypeExprContext ctx) {
    TypeRef base = base(ctx.baseType());
    return ctx.QUESTION() != null ? new TypeRef.Optional(base, spans.of(ctx)) : base;
  }

  private TypeRef base(PlumbParser.BaseTypeContext ctx) {
    Span span = spans.of(ctx);
    if (ctx instanceof PlumbParser.GenericTypeContext c) {
      if (!c.IDENT().getText().equals("list")) {
        // the checker reports it with the other unknown types
        return new TypeRef.Named(
            c.IDENT().getText() + "<…>", null, null, spans.of(c.IDENT().getSymbol()));
      }
      return new TypeRef.ListOf(build(c.typeExpr()), span);
    }
    if (ctx instanceof PlumbParser.EnumTypeContext c) {
      List<String> words = new ArrayList<>();
      for (TerminalNode word : c.IDENT()) {
        words.add(word.getText());
      }
      return new TypeRef.Enum(words, span);
    }
    PlumbParser.NamedTypeContext c = (PlumbParser.NamedTypeContext) ctx;
    TypeRef.Bound min = c.bound().isEmpty() ? null : bound(c.bound(0));
    TypeRef.Bound max = c.bound().isEmpty() ? null : bound(c.bound(1));
    return new TypeRef.Named(c.IDENT().getText(), min, max, span);
  }

  private TypeRef.Bound bound(PlumbParser.BoundContext ctx) {
    Span span = spans.of(ctx);
    boolean negative = ctx.MINUS() != null;
    if (ctx.SIZE() != null) {
      Long bytes = Literals.size(ctx.SIZE().getText(), span, errors);
      return new TypeRef.Bound(bytes == null ? 0 : (negative ? -bytes : bytes), true, span);
    }
    Long value = Literals.integer(ctx.INT().getText(), negative, span, errors);
    return new TypeRef.Bound(value == null ? 0 : value, false, span);
  }
}
