package dev.plumb.check;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.source.Span;
import java.util.List;

/**
 * The messages about axes and operations a template's {@code when} or a compile's request names:
 * one wording wherever a name is checked.
 */
public final class AxisMessages {
  private AxisMessages() {}

  public static Diagnostic unknownAxis(
      Code code, Span span, String name, Declarations declarations) {
    List<String> axes = declarations.axes().stream().map(Declarations.Axis::name).toList();
    return Diagnostic.error(code, span, "unknown axis '" + name + "'")
        .withHint(
            Suggest.hintOr(
                name,
                axes,
                axes.isEmpty()
                    ? "the pack declares no axes"
                    : "the axes are " + String.join(", ", axes)));
  }

  public static Diagnostic notAValue(Code code, Span span, String value, Declarations.Axis axis) {
    return Diagnostic.error(
            code, span, "'" + value + "' is not a value of axis '" + axis.name() + "'")
        .withHint(
            Suggest.hintOr(
                value, axis.values(), "its values are " + String.join(", ", axis.values())));
  }

  /**
   * An operation the pack does not declare; {@code otherwise} is the hint when no declared one is
   * near.
   */
  public static Diagnostic unknownOperation(
      Span span, String operation, Declarations declarations, String otherwise) {
    return Diagnostic.error(Code.P402, span, "unknown operation '" + operation + "'")
        .withHint(Suggest.hintOr(operation, declarations.operations(), otherwise));
  }
}
