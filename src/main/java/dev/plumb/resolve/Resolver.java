package dev.plumb.resolve;

import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** How one template fared for a cell. */
  public enum Outcome {
    /** The most specific template that admits the cell. */
    CHOSEN,
    /** As specific as the chosen one: the cell is ambiguous (a pack with a tie does not load). */
    TIED,
    /** It admits the cell, but a template constraining more axes does too. */
    LESS_SPECIFIC,
    /** Its {@code when} does not admit the cell. */
    NOT_ADMITTED
  }

  /**
   * One template of the operation, and how it fared.
   *
   * @param winner the chosen template, for one that lost to it (null when none admits the cell)
   * @param refusal the choice of its {@code when} that refused the cell, for one not admitted
   */
  public record Ranked(
      Template template, Outcome outcome, Template winner, Selector.Choice refusal) {}

  /**
   * Every template of the operation with its outcome for the cell, in the order {@link #resolve}
   * decides: the one it chooses, any tied with it, the less specific ones, then those whose {@code
   * when} does not admit the cell; within each, the most specific first, then in pack order.
   */
  public static List<Ranked> rank(List<Template> templates, Point cell) {
    Resolution resolution = resolve(templates, cell);
    Template winner =
        resolution instanceof Resolution.Chosen c
            ? c.template()
            : resolution instanceof Resolution.Tie t ? t.first() : null;
    List<Ranked> ranked = new ArrayList<>();
    for (Template t : templates) {
      Selector.Choice refusal = t.when().refusal(cell);
      Outcome outcome =
          refusal != null
              ? Outcome.NOT_ADMITTED
              : t == winner
                  ? Outcome.CHOSEN
                  : t.when().specificity() == winner.when().specificity()
                      ? Outcome.TIED
                      : Outcome.LESS_SPECIFIC;
      ranked.add(new Ranked(t, outcome, t == winner ? null : winner, refusal));
    }
    ranked.sort(
        Comparator.comparing(Ranked::outcome)
            .thenComparing(r -> -r.template().when().specificity()));
    return ranked;
  }
}
