package dev.plumb.resolve;

import dev.plumb.ast.Template;

/** Which template serves a cell for an operation. */
public sealed interface Resolution {
  /** The most specific admitting template. */
  record Chosen(Template template) implements Resolution {}

  /** No template of the operation admits the cell. */
  record None() implements Resolution {}

  /** Two templates admit the cell with the same, highest specificity. */
  record Tie(Template first, Template second) implements Resolution {}
}
