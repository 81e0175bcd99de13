package dev.plumb.editor;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.check.Declarations;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * What lies at a place of a template or fragment: the innermost name that means something to the
 * pack, and the hole around it.
 *
 * @param target what the place names, or null
 * @param hole the hole the place is in, or null
 */
record Lookup(Unit unit, Target target, Node.Hole hole) {

  static Lookup at(Unit unit, Declarations declarations, Positions.Place place) {
    Node.Hole hole = null;
    Target target = header(unit, declarations, place);
    for (Node node : Walk.statements(unit.body())) {
      if (node instanceof Node.TextLine line) {
        for (Node.Part part : line.parts()) {
          if (part instanceof Node.Hole h && place.in(h.span())) {
            hole = h;
          }
        }
      } else if (target == null
          && node instanceof Node.Include include
          && place.in(include.span())) {
        target = new Target.Include(include, include.span());
      }
    }
    if (target == null) {
      target = BlockTargets.at(unit, place);
    }
    if (target == null) {
      target = expression(unit, declarations, place);
    }
    return new Lookup(unit, target, hole);
  }

  /** The {@code %extends} clause, or an axis or value of the header's {@code when}. */
  private static Target header(Unit unit, Declarations declarations, Positions.Place place) {
    if (!(unit instanceof Template t)) {
      return null;
    }
    if (t.parent() != null && place.in(t.parent().span())) {
      Target chosen = selector(t.parent().when(), declarations, place);
      return chosen != null ? chosen : new Target.Parent(t, t.parent().span());
    }
    Target chosen = selector(t.when(), declarations, place);
    return chosen == null && place.in(t.header()) ? new Target.Header(t, t.header()) : chosen;
  }

  private static Target selector(Selector when, Declarations declarations, Positions.Place place) {
    for (Selector.Choice choice : when.choices()) {
      if (!place.in(choice.span())) {
        continue;
      }
      Declarations.Axis axis = declarations.axis(choice.axis()).orElse(null);
      String word = Words.at(choice.span().file().line(place.line()), place.column());
      if (axis == null || word == null) {
        return null;
      }
      Span at = Words.span(choice.span().file(), place.line(), place.column());
      return word.equals(axis.name())
          ? new Target.Axis(axis, at)
          : axis.values().contains(word) ? new Target.AxisValue(axis, word, at) : null;
    }
    return null;
  }

  /**
   * The axis a bare word in an expression is a value of, when it names no variable, computed value
   * or axis: the first axis the manifest declares with that value.
   */
  static Declarations.Axis axisOfValue(String word, Declarations declarations) {
    if (declarations.valueType(word) != null || declarations.axis(word).isPresent()) {
      return null;
    }
    for (Declarations.Axis each : declarations.axes()) {
      if (each.values().contains(word)) {
        return each;
      }
    }
    return null;
  }

  /** The innermost expression at the place that names something of the pack. */
  private static Target expression(Unit unit, Declarations declarations, Positions.Place place) {
    List<Expr> around = new ArrayList<>();
    Walk.expressions(
        unit.body(),
        e -> {
          if (place.in(e.span())) {
            around.add(e);
          }
        });
    // outermost first: read from the innermost out
    for (int i = around.size() - 1; i >= 0; i--) {
      Target named = named(around.get(i), declarations, place);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  private static Target named(Expr e, Declarations declarations, Positions.Place place) {
    if (e instanceof Expr.Name n) {
      if (declarations.valueType(n.name()) != null) {
        return new Target.Value(n.name(), n.span());
      }
      Declarations.Axis axis = declarations.axis(n.name()).orElse(null);
      if (axis != null) {
        return new Target.Axis(axis, n.span());
      }
      Declarations.Axis of = axisOfValue(n.name(), declarations);
      return of == null ? null : new Target.AxisValue(of, n.name(), n.span());
    }
    if (e instanceof Expr.Field f) {
      if (f.dotted() != null && declarations.valueType(f.dotted()) != null) {
        return new Target.Value(f.dotted(), f.span());
      }
      Type.RecordOf record = recordOf(f.target(), declarations);
      return record != null && record.fields().containsKey(f.name())
          ? new Target.Field(record, f.name(), f.span())
          : null;
    }
    if (e instanceof Expr.Call c && place.in(c.nameSpan())) {
      return new Target.Function(c.function(), c.nameSpan());
    }
    return null;
  }

  /**
   * The record type of an expression whose type the manifest alone settles: a variable, a field of
   * one, an element of a list of them; null for any other (a loop variable, a {@code %let}).
   */
  static Type.RecordOf recordOf(Expr e, Declarations declarations) {
    Type type = typeOf(e, declarations);
    while (type instanceof Type.OptionalOf optional) {
      type = optional.inner();
    }
    return type instanceof Type.RecordOf record ? record : null;
  }

  private static Type typeOf(Expr e, Declarations declarations) {
    if (e instanceof Expr.Name n) {
      return declarations.valueType(n.name());
    }
    if (e instanceof Expr.Field f) {
      if (f.dotted() != null && declarations.valueType(f.dotted()) != null) {
        return declarations.valueType(f.dotted());
      }
      Type.RecordOf record = recordOf(f.target(), declarations);
      return record == null ? null : record.fields().get(f.name());
    }
    if (e instanceof Expr.Index x) {
      Type list = typeOf(x.target(), declarations);
      return list instanceof Type.ListOf l ? l.element() : null;
    }
    return null;
  }
}
