package dev.plumb;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.ErrorCap;
import dev.plumb.diag.Suggest;
import dev.plumb.emit.ScriptWriter;
import dev.plumb.evaluate.Abort;
import dev.plumb.evaluate.Evaluator;
import dev.plumb.resolve.Cells;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.resolve.Support;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.values.Binder;
import dev.plumb.values.Bound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one cell of a loaded pack: check the request, resolve the template, bind the values,
 * evaluate, emit. Nothing here parses or type-checks: the pack did that once.
 */
final class CellCompiler {
  private static final SourceFile REQUEST = new SourceFile("request", "");

  private final PackModel pack;

  CellCompiler(PackModel pack) {
    this.pack = pack;
  }

  Script compile(String operation, Cell cell, Values values, CompileOptions options) {
    Declarations decls = pack.declarations();
    Map<String, String> axes = request(operation, cell);
    List<Template> chain = resolve(operation, axes);
    Bound bound = Binder.bind(decls, values.supplied());
    if (!bound.diagnostics().isEmpty()) {
      throw new PlumbException(ErrorCap.apply(Compiler.sorted(bound.diagnostics())));
    }
    ScriptWriter writer =
        new ScriptWriter(pack.texts()::get, pack::relative, options.annotate(), options.maxBytes());
    List<Diagnostic> errors = new ArrayList<>();
    try {
      errors.addAll(
          Evaluator.run(
              chain, axes, bound.values(), pack.fragmentsByName(), writer, options.maxBytes()));
      if (errors.isEmpty()) {
        errors.addAll(writer.finish());
      }
    } catch (Abort abort) {
      errors.add(
          abort.unsupportedReason() == null
              ? abort.diagnostic()
              : unsupported(operation, axes, abort.unsupportedReason(), abort.diagnostic().span()));
    }
    if (!errors.isEmpty()) {
      throw new PlumbException(errors);
    }
    List<String> from = chain.stream().map(pack::relative).toList();
    return new Script(
        Header.lines(decls.pack(), operation, axes, from, writer.secrets(), writer.lines()),
        writer.secrets());
  }

  /** The cell's axis values in the pack's axis order, or the request's errors. */
  private Map<String, String> request(String operation, Cell cell) {
    Declarations decls = pack.declarations();
    List<Diagnostic> errors = new ArrayList<>();
    if (!decls.operations().contains(operation)) {
      errors.add(
          Diagnostic.error(Code.P402, Span.ofFile(REQUEST), "unknown operation '" + operation + "'")
              .withHint(
                  hintOr(
                      Suggest.hint(operation, decls.operations()),
                      "the operations are " + String.join(", ", decls.operations()))));
    }
    Map<String, String> axes = new LinkedHashMap<>();
    for (Declarations.Axis axis : decls.axes()) {
      String value = cell.values().get(axis.name());
      if (value == null) {
        errors.add(
            Diagnostic.error(
                    Code.P405, Span.ofFile(REQUEST), "no value for axis '" + axis.name() + "'")
                .withHint("add " + axis.name() + "=" + String.join("|", axis.values())));
      } else if (!axis.values().contains(value)) {
        errors.add(
            Diagnostic.error(
                    Code.P405,
                    Span.ofFile(REQUEST),
                    "'" + value + "' is not a value of axis '" + axis.name() + "'")
                .withHint(
                    hintOr(
                        Suggest.hint(value, axis.values()),
                        "its values are " + String.join(", ", axis.values()))));
      } else {
        axes.put(axis.name(), value);
      }
    }
    for (String name : cell.values().keySet()) {
      if (decls.axis(name).isEmpty()) {
        List<String> names = decls.axes().stream().map(Declarations.Axis::name).toList();
        errors.add(
            Diagnostic.error(Code.P405, Span.ofFile(REQUEST), "unknown axis '" + name + "'")
                .withHint(
                    hintOr(
                        Suggest.hint(name, names),
                        names.isEmpty()
                            ? "the pack declares no axes"
                            : "the axes are " + String.join(", ", names))));
      }
    }
    if (!errors.isEmpty()) {
      // one per unknown AXIS=VALUE: a generated request can have thousands
      throw new PlumbException(ErrorCap.apply(errors));
    }
    return axes;
  }

  /** The chain of the template that serves the cell, or the P404 that says it is unsupported. */
  private List<Template> resolve(String operation, Map<String, String> axes) {
    Resolution resolution = Resolver.resolve(pack.templatesOf(operation), axes);
    if (!(resolution instanceof Resolution.Chosen chosen)) {
      throw new PlumbException(
          List.of(unsupported(operation, axes, Matrices.NO_TEMPLATE, Span.ofFile(REQUEST))));
    }
    List<Template> chain = pack.chain(chosen.template());
    Node.Unsupported unsupported = Support.unsupported(chain, axes, pack.declarations());
    if (unsupported != null) {
      throw new PlumbException(
          List.of(unsupported(operation, axes, unsupported.reason(), unsupported.span())));
    }
    return chain;
  }

  private Diagnostic unsupported(
      String operation, Map<String, String> axes, String reason, Span span) {
    return Diagnostic.error(
            Code.P404,
            span,
            "'" + operation + "' is unsupported for " + Cells.show(axes) + ": " + reason)
        .withHint(hint(operation, Nearest.search(pack, operation, axes)));
  }

  private static String hint(String operation, Nearest.Found nearest) {
    if (nearest.complete()) {
      return nearest.cell() != null
          ? "the nearest supported cell is " + Cells.show(nearest.cell())
          : "no cell of '" + operation + "' is supported";
    }
    return nearest.cell() != null
        ? "a supported cell is "
            + Cells.show(nearest.cell())
            + "; none of the "
            + Nearest.MAX_TRIES
            + " nearer cells tried is"
        : "no supported cell was found near it (" + Nearest.MAX_TRIES + " cells tried)";
  }

  private static String hintOr(String hint, String otherwise) {
    return hint != null ? hint : otherwise;
  }
}
