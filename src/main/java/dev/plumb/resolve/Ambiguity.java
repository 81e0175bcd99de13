package dev.plumb.resolve;

import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two templates that tie at the highest specificity for some cell make the whole pack ambiguous
 * (P403), reported once per pair with the first such cell. Found without walking the cells, whose
 * number is exponential in the axes: two templates with the same specificity tie where their {@code
 * when}s meet, except in the cells a more specific template admits. A tie below the winner is not a
 * tie; two templates with the very same {@code when} are P406, not this.
 */
public final class Ambiguity {
  private final List<Declarations.Axis> axes;
  private final List<Diagnostic> errors;
  private final Uncovered uncovered = new Uncovered();

  /** The cells the manifest excludes: no template serves them, so none can tie there. */
  private final List<Box> excluded = new ArrayList<>();

  private Ambiguity(Declarations declarations, List<Diagnostic> errors) {
    this.axes = declarations.axes();
    this.errors = errors;
    for (Declarations.Exclusion exclusion : declarations.exclusions()) {
      Box box = Box.of(exclusion.cells(), axes);
      if (box != null) {
        excluded.add(box);
      }
    }
  }

  public static void check(
      Declarations declarations, List<Template> templates, List<Diagnostic> errors) {
    Map<String, List<Template>> byOperation = new LinkedHashMap<>();
    for (Template t : templates) {
      byOperation.computeIfAbsent(t.operation(), o -> new ArrayList<>()).add(t);
    }
    Ambiguity ambiguity = new Ambiguity(declarations, errors);
    try {
      for (String operation : declarations.operations()) {
        ambiguity.operation(operation, byOperation.getOrDefault(operation, List.of()));
      }
    } catch (Uncovered.TooIntricate e) {
      ambiguity.tooIntricate(templates.get(0));
    }
  }

  private void operation(String operation, List<Template> candidates) {
    List<Box> boxes = candidates.stream().map(t -> Box.of(t.when(), axes)).toList();
    List<String> keys = candidates.stream().map(t -> t.when().key()).toList();
    Map<Integer, List<Box>> moreSpecific = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = i + 1; j < candidates.size(); j++) {
        Template first = candidates.get(i);
        Template second = candidates.get(j);
        int specificity = first.when().specificity();
        if (specificity != second.when().specificity()
            || keys.get(i).equals(keys.get(j))
            || boxes.get(i) == null
            || boxes.get(j) == null
            || !boxes.get(i).meets(boxes.get(j))) {
          continue;
        }
        List<Box> winners =
            moreSpecific.computeIfAbsent(specificity, s -> above(s, candidates, boxes));
        int[] cell = uncovered.first(boxes.get(i).meet(boxes.get(j)), winners);
        if (cell != null) {
          tie(operation, first, second, Cells.at(axes, cell));
        }
      }
    }
  }

  /**
   * The cells of the templates more specific than {@code specificity}, where neither can win, and
   * the cells excluded, where none is chosen.
   */
  private List<Box> above(int specificity, List<Template> candidates, List<Box> boxes) {
    List<Box> above = new ArrayList<>(excluded);
    for (int k = 0; k < candidates.size(); k++) {
      if (boxes.get(k) != null && candidates.get(k).when().specificity() > specificity) {
        above.add(boxes.get(k));
      }
    }
    return above;
  }

  private void tie(String operation, Template first, Template second, Point cell) {
    int specificity = first.when().specificity();
    errors.add(
        Diagnostic.error(
                Code.P403,
                second.header(),
                "this template and "
                    + first.header().location()
                    + " both serve '"
                    + operation
                    + "' for "
                    + cell.show()
                    + ", each constraining "
                    + specificity
                    + (specificity == 1 ? " axis" : " axes"))
            .withHint(
                "make one of them more specific, or add a template for the cells they share"));
  }

  private void tooIntricate(Template any) {
    errors.add(
        Diagnostic.error(
                Code.P403,
                any.header(),
                "cannot check the pack for ambiguous cells: its templates' 'when's cut the matrix"
                    + " into more than "
                    + Uncovered.MAX_BOXES
                    + " pieces")
            .withHint("give each group of cells one template that is the most specific there"));
  }

  /** Two templates of one operation with the same {@code when} can never both be chosen (P406). */
  public static void sameWhen(List<Template> templates, List<Diagnostic> errors) {
    Map<String, Template> seen = new HashMap<>();
    for (Template t : templates) {
      String key = t.operation() + " " + t.when().key();
      Template first = seen.putIfAbsent(key, t);
      if (first != null) {
        errors.add(
            Diagnostic.error(
                    Code.P406,
                    t.header(),
                    "this template has the same operation and 'when' as " + first.file().path())
                .withHint("merge them, or make one more specific"));
      }
    }
  }
}
