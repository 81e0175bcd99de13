package dev.plumb;

import dev.plumb.source.Span;
import java.util.List;

/**
 * How the template of one operation in one cell is chosen (docs/language.md §2.3), as {@code plumb
 * explain-cell} shows it: every template of the operation, its specificity and why it won or lost,
 * and whether the chosen one supports the cell.
 *
 * @param candidates every template of the operation: the chosen one first, then any tied with it,
 *     the less specific ones and those whose {@code when} does not admit the cell
 * @param chain the chosen template and its ancestors, child first, relative to the pack; empty when
 *     no template serves the cell
 * @param unsupported the reason of the {@code %unsupported} the chosen chain reaches for this cell,
 *     or null
 * @param unsupportedAt where that {@code %unsupported} is written, or null
 */
public record Candidates(
    String operation,
    Cell cell,
    List<Candidate> candidates,
    List<String> chain,
    String unsupported,
    Span unsupportedAt) {

  public Candidates {
    candidates = List.copyOf(candidates);
    chain = List.copyOf(chain);
  }

  /** How a template fared. */
  public enum Outcome {
    /** The most specific template whose {@code when} admits the cell. */
    CHOSEN,
    /** As specific as the chosen one (a pack with such a tie does not load). */
    TIED,
    /** Its {@code when} admits the cell, but one that constrains more axes does too. */
    LESS_SPECIFIC,
    /** Its {@code when} does not admit the cell. */
    NOT_ADMITTED
  }

  /**
   * One template of the operation.
   *
   * @param template its path relative to the pack
   * @param header its {@code %template} line
   * @param when its {@code when}, as {@code host = freebsd, hypervisor = bhyve}; empty when it
   *     admits every cell
   * @param specificity how many axes its {@code when} constrains
   * @param reason why it won or lost, in words
   */
  public record Candidate(
      String template, Span header, String when, int specificity, Outcome outcome, String reason) {}

  /** Whether the operation is supported in the cell: a template serves it and says nothing else. */
  public boolean supported() {
    return !chain.isEmpty() && unsupported == null;
  }
}
