package dev.plumb.ast;

import dev.plumb.source.Span;

/**
 * One step that led to a line: an {@code %include} of a fragment, or a {@code %block} a template of
 * the chain overrides (or {@code %super} calls), at {@code site}.
 */
public record Via(Kind kind, Span site) {
  /** The directive the step went through. */
  public enum Kind {
    INCLUDE("%include"),
    BLOCK("%block");

    private final String directive;

    Kind(String directive) {
      this.directive = directive;
    }

    /** The directive as templates write it. */
    public String directive() {
      return directive;
    }
  }
}
