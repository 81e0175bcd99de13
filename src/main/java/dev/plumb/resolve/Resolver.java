package dev.plumb.resolve;

import dev.plumb.ast.Template;
import dev.plumb.source.Point;
import java.util.List;

/**
 * Chooses the template for a cell (docs/language.md §2.3): among the templates whose {@code when}
 * admits the cell, the one constraining the most axes.
 */
public final class Resolver {
  private Resolver() {}

  /** {@code templates} are those of one operation, in a fixed order. */
  public static Resolution resolve(List<Template> templates, Point cell) {
    Template best = null;
    Template tied = null;
    for (Template t : templates) {
      if (!t.when().admits(cell)) {
        continue;
      }
      int specificity = t.when().specificity();
      if (best == null || specificity > best.when().specificity()) {
        best = t;
        tied = null;
      } else if (specificity == best.when().specificity()) {
        tied = tied == null ? t : tied;
      }
    }
    if (best == null) {
      return new Resolution.None();
    }
    return tied == null ? new Resolution.Chosen(best) : new Resolution.Tie(best, tied);
  }
}
