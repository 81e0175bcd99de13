package dev.plumb.ast;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.List;

/**
 * A template file: the operation it implements, the cells it serves, and its body.
 *
 * @param parent the {@code %extends} clause, or null
 */
public record Template(
    SourceFile file, String operation, Selector when, Extends parent, List<Node> body, Span header)
    implements Unit {

  /** {@code %extends OP when …}: the parent template, found by its exact selector. */
  public record Extends(String operation, Selector when, Span span) {}
}
