package dev.plumb.editor;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.ast.Walk;
import dev.plumb.check.Declarations;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Every place an axis value is named: in a {@code when} (of a header or an {@code %extends}) or a
 * manifest's {@code exclude}, under its own axis; and as a bare word in an expression, when that
 * word leads to this axis as go to definition reads it ({@link Lookup#axisOfValue}).
 */
final class AxisValueReferences {
  private AxisValueReferences() {}

  static List<Span> of(
      Snapshot snapshot, Declarations.Axis axis, String value, boolean declaration) {
    List<Span> found = new ArrayList<>();
    if (declaration) {
      found.add(axis.span());
    }
    Declarations declarations = snapshot.model().declarations();
    for (Template t : snapshot.model().templates()) {
      inSelector(t.when(), axis, value, found);
      if (t.parent() != null) {
        inSelector(t.parent().when(), axis, value, found);
      }
    }
    for (var unit : References.units(snapshot)) {
      Walk.expressions(
          unit.body(),
          e -> {
            if (e instanceof Expr.Name n
                && n.name().equals(value)
                && Lookup.axisOfValue(n.name(), declarations) == axis) {
              found.add(n.span());
            }
          });
    }
    Manifest manifest = snapshot.manifest();
    if (manifest != null) {
      manifest.excludes().forEach(x -> inSelector(x.cells(), axis, value, found));
    }
    return found;
  }

  /** The value's words in the choices of {@code axis} (the first word of a choice is the axis). */
  private static void inSelector(
      Selector selector, Declarations.Axis axis, String value, List<Span> found) {
    for (Selector.Choice choice : selector.choices()) {
      if (!choice.axis().equals(axis.name())) {
        continue;
      }
      List<Tokens.Token> words = SelectorTokens.words(choice.span(), Tokens.Kind.ENUM_MEMBER);
      String line = choice.span().file().line(choice.span().line());
      for (Tokens.Token word : words.subList(Math.min(1, words.size()), words.size())) {
        int from = line.offsetByCodePoints(0, word.column() - 1);
        if (line.startsWith(value, from)
            && word.length() == value.codePointCount(0, value.length())) {
          found.add(
              Span.of(
                  choice.span().file(), word.line(), word.column(), word.column() + word.length()));
        }
      }
    }
  }
}
