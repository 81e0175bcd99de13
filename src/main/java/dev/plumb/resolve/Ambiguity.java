package dev.plumb.resolve;

import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.TextRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two templates that tie at the highest specificity for some cell make the whole pack ambiguous
 * (P403): found by walking every cell of every operation, reported once per pair with one example
 * cell. A tie below the winner is not a tie; two templates with the very same {@code when} are
 * P406, not this.
 */
public final class Ambiguity {
  private Ambiguity() {}

  public static void check(
      Declarations declarations, List<Template> templates, List<Diagnostic> errors) {
    List<Map<String, String>> cells = Cells.all(declarations.axes());
    for (String operation : declarations.operations()) {
      List<Template> candidates =
          templates.stream().filter(t -> t.operation().equals(operation)).toList();
      Set<String> reported = new HashSet<>();
      for (Map<String, String> cell : cells) {
        if (Resolver.resolve(candidates, cell) instanceof Resolution.Tie tie
            && !tie.first().when().key().equals(tie.second().when().key())
            && reported.add(tie.first().file().path() + "|" + tie.second().file().path())) {
          errors.add(
              Diagnostic.error(
                      Code.P403,
                      tie.second().header(),
                      "this template and "
                          + TextRenderer.location(tie.first().header())
                          + " both serve '"
                          + operation
                          + "' for "
                          + Cells.show(cell)
                          + ", each constraining "
                          + tie.first().when().specificity()
                          + (tie.first().when().specificity() == 1 ? " axis" : " axes"))
                  .withHint(
                      "make one of them more specific, or add a template for the cells they share"));
        }
      }
    }
  }
}
