package dev.plumb.check;

import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A template's header: a declared operation, and {@code when}s over known axes and values. */
public final class Headers {
  private Headers() {}

  /** The header of a template: a declared operation, and a {@code when} over known axes. */
  public static void check(Declarations declarations, Template template, List<Diagnostic> errors) {
    if (!declarations.operations().contains(template.operation())) {
      errors.add(
          AxisMessages.unknownOperation(
              template.header(),
              template.operation(),
              declarations,
              "declare it in pack.plumb: 'operation " + template.operation() + "'"));
    }
    selector(declarations, template.when(), errors);
    if (template.parent() != null) {
      selector(declarations, template.parent().when(), errors);
    }
  }

  public static void selector(
      Declarations declarations, Selector selector, List<Diagnostic> errors) {
    Set<String> seen = new HashSet<>();
    for (Selector.Choice choice : selector.choices()) {
      var axis = declarations.axis(choice.axis());
      if (axis.isEmpty()) {
        errors.add(AxisMessages.unknownAxis(Code.P213, choice.span(), choice.axis(), declarations));
        continue;
      }
      if (!seen.add(choice.axis())) {
        errors.add(
            Diagnostic.error(
                    Code.P212, choice.span(), "axis '" + choice.axis() + "' is named twice")
                .withHint("list its values with '|': " + choice.axis() + " = a | b"));
      }
      for (String value : choice.values()) {
        if (!axis.get().values().contains(value)) {
          errors.add(AxisMessages.notAValue(Code.P213, choice.span(), value, axis.get()));
        }
      }
    }
  }
}
