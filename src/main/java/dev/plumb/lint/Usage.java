package dev.plumb.lint;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Expr;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Declarations nothing uses: variables no template reads (P218), fragments never included (P219).
 */
public final class Usage {
  private Usage() {}

  public static List<Diagnostic> check(
      Declarations declarations, List<Unit> units, List<Fragment> fragments) {
    Set<String> paths = new HashSet<>();
    Set<String> included = new HashSet<>();
    for (Unit unit : units) {
      Walk.expressions(unit.body(), e -> collect(e, paths));
      Blocks.includes(unit.body()).forEach(i -> included.add(i.fragment()));
    }
    // what the pack's lets read is used as soon as the let is: a let is only computed when read
    Set<String> readByTemplates = prefixes(paths);
    for (Declarations.Computed let : declarations.computed().values()) {
      Walk.subexpressions(let.value(), e -> collect(e, paths));
    }
    // a variable is used when a path read is its name or goes on below it: every dotted prefix of
    // every path, looked up once per variable (not every path per variable: both lists are long)
    Set<String> prefixes = prefixes(paths);
    List<Diagnostic> warnings = new ArrayList<>();
    for (Declarations.Variable v : declarations.variables().values()) {
      if (!prefixes.contains(v.name())) {
        warnings.add(
            Diagnostic.warning(
                    Code.P218,
                    v.span(),
                    "variable '" + v.name() + "' is declared but no template uses it")
                .withHint(
                    "remove it, or use it: callers must still give it a value when it is required"));
      }
    }
    for (Declarations.Computed let : declarations.computed().values()) {
      if (!readByTemplates.contains(let.name())) {
        warnings.add(
            Diagnostic.warning(
                    Code.P218,
                    let.span(),
                    "let '" + let.name() + "' is computed but no template uses it")
                .withHint("remove it, or use it in a template"));
      }
    }
    for (Fragment f : fragments) {
      if (!included.contains(f.name())) {
        warnings.add(
            Diagnostic.warning(
                    Code.P219, f.header(), "fragment '" + f.name() + "' is never included")
                .withHint("remove it, or '%include " + f.name() + "(…)' where it belongs"));
      }
    }
    return warnings;
  }

  /** The paths and every dotted prefix of each. */
  private static Set<String> prefixes(Set<String> paths) {
    Set<String> prefixes = new HashSet<>();
    for (String path : paths) {
      prefixes.add(path);
      for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
        prefixes.add(path.substring(0, dot));
      }
    }
    return prefixes;
  }

  /** Every dotted name an expression reads ({@code vm.nics}, {@code vm.nics.tap}…). */
  private static void collect(Expr e, Set<String> paths) {
    String path = Expr.dotted(e);
    if (path != null) {
      paths.add(path);
    }
  }
}
