package dev.plumb.resolve;

import dev.plumb.check.AxisMessages;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.ErrorCap;
import dev.plumb.diag.Failure;
import dev.plumb.source.Point;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A caller's request for one operation in one cell, checked against the pack's declarations. */
public final class Requests {
  /** Where a request's diagnostics point: the request has no file of its own. */
  public static final SourceFile REQUEST = new SourceFile("request", "");

  private Requests() {}

  /**
   * The requested cell's axis values in the pack's axis order.
   *
   * @throws Failure (P402, P405) naming each wrong part of the request
   */
  public static Point cell(Declarations decls, String operation, Point cell) {
    List<Diagnostic> errors = new ArrayList<>();
    if (!decls.operations().contains(operation)) {
      errors.add(
          AxisMessages.unknownOperation(
              Span.ofFile(REQUEST),
              operation,
              decls,
              "the operations are " + String.join(", ", decls.operations())));
    }
    Map<String, String> axes = new LinkedHashMap<>();
    for (Declarations.Axis axis : decls.axes()) {
      String value = cell.value(axis.name());
      if (value == null) {
        errors.add(
            Diagnostic.error(
                    Code.P405, Span.ofFile(REQUEST), "no value for axis '" + axis.name() + "'")
                .withHint("add " + axis.name() + "=" + String.join("|", axis.values())));
      } else if (!axis.values().contains(value)) {
        errors.add(AxisMessages.notAValue(Code.P405, Span.ofFile(REQUEST), value, axis));
      } else {
        axes.put(axis.name(), value);
      }
    }
    for (String name : cell.values().keySet()) {
      if (decls.axis(name).isEmpty()) {
        errors.add(AxisMessages.unknownAxis(Code.P405, Span.ofFile(REQUEST), name, decls));
      }
    }
    if (!errors.isEmpty()) {
      // one per unknown AXIS=VALUE: a generated request can have thousands
      throw new Failure(ErrorCap.apply(errors));
    }
    return new Point(axes);
  }
}
