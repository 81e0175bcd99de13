package dev.plumb.editor;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;

/**
 * The {@code %block NAME} line or the {@code %super} at a place of a template. A fragment has
 * neither: blocks belong to templates, which alone are extended.
 */
final class BlockTargets {
  private BlockTargets() {}

  /** The block or super at the place, or null. */
  static Target at(Unit unit, Positions.Place place) {
    if (!(unit instanceof Template template)) {
      return null;
    }
    for (Node node : Walk.statements(template.body())) {
      if (node instanceof Node.Block block && block.span().line() == place.line()) {
        return new Target.Block(template, block, opening(block.span()));
      }
    }
    // an override stands at the top level of its template's body (Blocks.override): the %super
    // inside it, at any depth, runs the version of that block an ancestor writes
    for (Node node : template.body()) {
      if (node instanceof Node.Block top) {
        for (Node inside : Walk.statements(top.body())) {
          if (inside instanceof Node.Super s && place.in(s.span())) {
            return new Target.Super(template, top, s.span());
          }
        }
      }
    }
    return null;
  }

  /** The first line of a span that runs to its {@code %end}: the {@code %block NAME} line. */
  static Span opening(Span span) {
    SourceFile file = span.file();
    String text = file.line(span.line());
    return Span.of(file, span.line(), span.column(), text.codePointCount(0, text.length()) + 1);
  }
}
