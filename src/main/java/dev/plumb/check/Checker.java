package dev.plumb.check;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Twice;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of templates and fragments against the pack's declarations (P2xx). */
public final class Checker {
  private Checker() {}

  /** Resolves the parameter types of every fragment, by name. */
  public static Map<String, FragmentSignature> signatures(
      Declarations declarations, List<Fragment> fragments, List<Diagnostic> errors) {
    Map<String, FragmentSignature> signatures = new LinkedHashMap<>();
    TypeResolver resolver = new TypeResolver(declarations.records(), errors);
    for (Fragment fragment : fragments) {
      List<Type> params = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Fragment.Param p : fragment.params()) {
        if (!names.add(p.name())) {
          errors.add(Twice.declared(p.span(), "parameter", p.name()));
        }
        params.add(resolver.resolve(p.type()));
      }
      FragmentSignature previous =
          signatures.putIfAbsent(fragment.name(), new FragmentSignature(fragment, params));
      if (previous != null) {
        errors.add(
            Diagnostic.error(
                Code.P212,
                fragment.header(),
                "fragment '"
                    + fragment.name()
                    + "' is also defined in "
                    + previous.fragment().file().path()));
      }
    }
    return signatures;
  }

  /** Type-checks a body; returns the type of each hole by index. */
  public static Map<Integer, Type> types(
      Declarations declarations,
      Map<String, FragmentSignature> fragments,
      Unit unit,
      List<Diagnostic> errors) {
    BodyChecker checker = new BodyChecker(declarations, fragments, errors);
    if (unit instanceof Fragment f) {
      checker.bindParameters(fragments.get(f.name()));
    }
    checker.body(unit.body());
    return Map.copyOf(checker.holeTypes());
  }

  /** The header of a template: a declared operation, and a {@code when} over known axes. */
  public static void header(Declarations declarations, Template template, List<Diagnostic> errors) {
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
