package dev.plumb.check;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type check of a template's or fragment's body (P2xx), which gives the static type of each
 * hole to the shell reader and the emitter.
 */
public final class HoleTypes {
  private HoleTypes() {}

  /**
   * Type-checks a body; returns the type of each hole by index. An include of one of {@code
   * unreadFragments} (a fragment whose file has errors) is not checked: its errors are reported.
   */
  public static Map<Integer, Type> of(
      Declarations declarations,
      Map<String, FragmentSignature> fragments,
      Map<String, Span> lets,
      Set<String> unreadFragments,
      Unit unit,
      List<Diagnostic> errors) {
    BodyChecker checker = new BodyChecker(declarations, fragments, lets, unreadFragments, errors);
    if (unit instanceof Fragment f) {
      checker.bindParameters(fragments.get(f.name()));
    }
    checker.body(unit.body());
    return Map.copyOf(checker.holeTypes());
  }
}
