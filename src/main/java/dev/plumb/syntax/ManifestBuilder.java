package dev.plumb.syntax;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Manifest;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the manifest's declarations; defaults become constant expressions. */
final class ManifestBuilder {
  private final Spans spans;
  private final List<Diagnostic> errors;
  private final TypeRefBuilder types;

  ManifestBuilder(Spans spans, List<Diagnostic> errors) {
    this.spans = spans;
    this.errors = errors;
    this.types = new TypeRefBuilder(spans, errors);
  }

  Manifest build(PlumbParser.ManifestContext ctx) {
    String name = null;
    String doc = null;
    List<Manifest.Axis> axes = new ArrayList<>();
    List<Manifest.Operation> operations = new ArrayList<>();
    List<Manifest.RecordDecl> records = new ArrayList<>();
    List<Manifest.Var> vars = new ArrayList<>();
    for (PlumbParser.ManifestLineContext line : ctx.manifestLine()) {
      if (line instanceof PlumbParser.PackDeclContext c) {
        if (name != null) {
          errors.add(Diagnostic.error(Code.P212, spans.of(c), "the pack is named twice"));
        }
        name = OpNames.of(c.opName(), spans, errors);
        doc = c.STRING() == null ? null : string(c.STRING());
      } else if (line instanceof PlumbParser.AxisDeclContext c) {
        // IDENT(i) walks the children each time: a long 'a | b | …' would take quadratic time
        List<TerminalNode> words = c.IDENT();
        List<String> values = new ArrayList<>();
        for (TerminalNode value : words.subList(1, words.size())) {
          values.add(value.getText());
        }
        axes.add(new Manifest.Axis(words.get(0).getText(), List.copyOf(values), spans.of(c)));
      } else if (line instanceof PlumbParser.OperationDeclContext c) {
        for (PlumbParser.OpNameContext op : c.opName()) {
          operations.add(new Manifest.Operation(OpNames.of(op, spans, errors), spans.of(op)));
        }
      } else if (line instanceof PlumbParser.TypeDeclContext c) {
        List<Manifest.FieldDecl> fields = new ArrayList<>();
        for (PlumbParser.FieldDeclContext f : c.fieldDecl()) {
          fields.add(
              new Manifest.FieldDecl(f.IDENT().getText(), types.build(f.typeExpr()), spans.of(f)));
        }
        records.add(new Manifest.RecordDecl(c.IDENT().getText(), List.copyOf(fields), spans.of(c)));
      } else if (line instanceof PlumbParser.VarDeclContext c) {
        Expr value = c.constant() == null ? null : constant(c.constant());
        String varDoc = c.STRING() == null ? null : string(c.STRING());
        vars.add(
            new Manifest.Var(
                c.dottedName().getText(),
                types.build(c.typeExpr()),
                value,
                varDoc,
                spans.of(c.dottedName())));
      }
    }
    if (name == null) {
      errors.add(
          Diagnostic.error(
                  Code.P107, Span.of(spans.file(), 1, 1, 1), "the manifest does not name its pack")
              .withHint("start it with 'pack NAME \"description\"'"));
    }
    return new Manifest(
        spans.file(),
        name,
        doc,
        List.copyOf(axes),
        List.copyOf(operations),
        List.copyOf(records),
        List.copyOf(vars));
  }

  private String string(TerminalNode node) {
    String value = Literals.string(node.getText(), spans.of(node.getSymbol()), errors);
    return value == null ? "" : value;
  }

  private Expr constant(PlumbParser.ConstantContext ctx) {
    Span span = spans.of(ctx);
    if (ctx instanceof PlumbParser.StringConstantContext c) {
      return new Expr.Text(string(c.STRING()), span);
    }
    if (ctx instanceof PlumbParser.IntConstantContext c) {
      Long value = Literals.integer(c.INT().getText(), c.MINUS() != null, span, errors);
      return new Expr.IntLit(value == null ? 0 : value, span);
    }
    if (ctx instanceof PlumbParser.SizeConstantContext c) {
      Long value = Literals.size(c.SIZE().getText(), span, errors);
      return new Expr.SizeLit(value == null ? 0 : value, span);
    }
    if (ctx instanceof PlumbParser.BoolConstantContext c) {
      return new Expr.BoolLit(c.TRUE() != null, span);
    }
    if (ctx instanceof PlumbParser.WordConstantContext c) {
      return new Expr.Name(c.IDENT().getText(), span);
    }
    if (ctx instanceof PlumbParser.ListConstantContext c) {
      List<Expr> elements = new ArrayList<>();
      for (PlumbParser.ConstantContext e : c.constant()) {
        elements.add(constant(e));
      }
      return new Expr.ListLit(List.copyOf(elements), span);
    }
    PlumbParser.RecordConstantContext c = (PlumbParser.RecordConstantContext) ctx;
    List<Expr.FieldInit> fields = new ArrayList<>();
    for (PlumbParser.ConstFieldContext f : c.constField()) {
      fields.add(new Expr.FieldInit(f.IDENT().getText(), constant(f.constant()), spans.of(f)));
    }
    return new Expr.RecordLit(List.copyOf(fields), span);
  }
}
