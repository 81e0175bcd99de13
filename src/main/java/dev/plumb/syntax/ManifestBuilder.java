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
  private final ExprBuilder exprs;

  ManifestBuilder(Spans spans, List<Diagnostic> errors) {
    this.spans = spans;
    this.errors = errors;
    this.types = new TypeRefBuilder(spans, errors);
    this.exprs = new ExprBuilder(spans, errors);
  }

  Manifest build(PlumbParser.ManifestContext ctx) {
    String name = null;
    String doc = null;
    List<Manifest.Axis> axes = new ArrayList<>();
    List<Manifest.Operation> operations = new ArrayList<>();
    List<Manifest.RecordDecl> records = new ArrayList<>();
    List<Manifest.Var> vars = new ArrayList<>();
    List<Manifest.Let> lets = new ArrayList<>();
    List<Manifest.Exclude> excludes = new ArrayList<>();
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
        Expr value = c.expr() == null ? null : exprs.build(c.expr());
        String varDoc = c.STRING() == null ? null : string(c.STRING());
        vars.add(
            new Manifest.Var(
                c.dottedName().getText(),
                types.build(c.typeExpr()),
                value,
                varDoc,
                spans.of(c.dottedName())));
      } else if (line instanceof PlumbParser.LetDeclContext c) {
        lets.add(
            new Manifest.Let(
                c.dottedName().getText(),
                exprs.build(c.expr()),
                c.STRING() == null ? null : string(c.STRING()),
                spans.of(c.dottedName())));
      } else if (line instanceof PlumbParser.ExcludeDeclContext c) {
        if (c.STRING() == null) {
          errors.add(
              Diagnostic.error(Code.P101, spans.of(c), "an exclude says why the cells do not exist")
                  .withHint("end the line with the reason, e.g. \"FreeBSD has no systemd\""));
        }
        excludes.add(
            new Manifest.Exclude(
                Selectors.of(c.selector(), spans.of(c), spans),
                c.STRING() == null ? "" : string(c.STRING()),
                spans.of(c)));
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
        List.copyOf(vars),
        List.copyOf(lets),
        List.copyOf(excludes));
  }

  private String string(TerminalNode node) {
    String value = Literals.string(node.getText(), spans.of(node.getSymbol()), errors);
    return value == null ? "" : value;
  }
}
