package dev.plumb.evaluate;

import dev.plumb.ast.Node;

/**
 * Ends an evaluation that reached an {@code %unsupported}: the cell has no script, for the reason
 * it gives.
 */
public final class Unsupported extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Node.Unsupported directive;

  public Unsupported(Node.Unsupported directive) {
    super(directive.reason(), null, false, false);
    this.directive = directive;
  }

  /** The {@code %unsupported} reached, with its reason and place. */
  public Node.Unsupported directive() {
    return directive;
  }
}
