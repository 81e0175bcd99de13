package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.types.Type;

/**
 * A hole as the reader meets it, with the static type of its value ({@link Type.Invalid} or null
 * when unknown, which raises no type-dependent error). Compared by identity: a reading of a whole
 * script makes one per emitted occurrence, so that an unrolled line's holes each get their own
 * context; a reading of templates makes one per hole.
 */
public final class HoleRef {
  private final Node.Hole hole;
  private final Type type;

  public HoleRef(Node.Hole hole, Type type) {
    this.hole = hole;
    this.type = type;
  }

  public Node.Hole hole() {
    return hole;
  }

  public Type type() {
    return type;
  }

  @Override
  public String toString() {
    return "HoleRef[" + hole.span().line() + ":" + hole.span().column() + "]";
  }
}
