package dev.plumb.pipeline;

import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.resolve.CellSupport;
import dev.plumb.resolve.Cells;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the supported cell of an operation nearest to another: the fewest axes changed, then the
 * first in matrix order. Without walking the matrix, whose size is exponential in the axes: a
 * cell's support depends only on the axes the operation's {@code when}s and axis-only conditions
 * name, and on each only on the values they name (the others all behave alike, so the first of them
 * stands for all). Cells are tried by increasing distance, each distance in matrix order, up to
 * {@link #MAX_TRIES}.
 */
final class Nearest {
  /** Cells tried before giving up. */
  static final int MAX_TRIES = 100_000;

  /**
   * @param cell the nearest supported cell; when not complete, a supported cell found otherwise; or
   *     null
   * @param complete whether every cell that could be nearer was tried (so null means there is none)
   */
  record Found(Point cell, boolean complete) {}

  private final PackModel pack;
  private final String operation;
  private final List<Declarations.Axis> axes;

  /** For each axis, the value indexes worth trying in its place; empty when none can matter. */
  private final List<List<Integer>> choices = new ArrayList<>();

  private int[] from;
  private int tries;

  private Nearest(PackModel pack, String operation) {
    this.pack = pack;
    this.operation = operation;
    this.axes = pack.declarations().axes();
  }

  static Found search(PackModel pack, String operation, Point cell) {
    Nearest nearest = new Nearest(pack, operation);
    nearest.choices(cell);
    int relevant = (int) nearest.choices.stream().filter(c -> !c.isEmpty()).count();
    for (int distance = 1; distance <= relevant; distance++) {
      int[] found = nearest.at(0, distance, new int[nearest.from.length], relevant);
      if (found != null) {
        return new Found(nearest.cell(found), true);
      }
      if (nearest.tries > MAX_TRIES) {
        return new Found(nearest.projected(), false);
      }
    }
    return new Found(null, true);
  }

  /**
   * When the search ran out: the cell moved into some template's {@code when} (each axis it does
   * not admit set to the first value it does), if one of those is supported; the fewest changed.
   */
  private Point projected() {
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Template t : pack.templatesOf(operation)) {
      int[] cell = from.clone();
      for (Selector.Choice choice : t.when().choices()) {
        int a = axisIndex(choice.axis());
        if (a >= 0 && !choice.values().contains(axes.get(a).values().get(cell[a]))) {
          cell[a] = axes.get(a).values().indexOf(choice.values().get(0));
        }
      }
      int distance = 0;
      for (int a = 0; a < cell.length; a++) {
        distance += cell[a] == from[a] ? 0 : 1;
      }
      if (distance < bestDistance && Arrays.stream(cell).allMatch(v -> v >= 0) && supported(cell)) {
        best = cell;
        bestDistance = distance;
      }
    }
    return best == null ? null : cell(best);
  }

  private int axisIndex(String name) {
    for (int a = 0; a < axes.size(); a++) {
      if (axes.get(a).name().equals(name)) {
        return a;
      }
    }
    return -1;
  }

  /** The values worth trying on each axis instead of the cell's own. */
  private void choices(Point cell) {
    Set<String> named = new HashSet<>();
    Map<String, Set<String>> chosen = new LinkedHashMap<>();
    for (Template t : pack.templatesOf(operation)) {
      for (Selector.Choice choice : t.when().choices()) {
        chosen.computeIfAbsent(choice.axis(), a -> new HashSet<>()).addAll(choice.values());
      }
      named.addAll(CellSupport.names(pack.chain(t), pack.declarations()));
    }
    // an excluded cell is left by changing a value its exclusion names
    for (Declarations.Exclusion exclusion : pack.declarations().exclusions()) {
      for (Selector.Choice choice : exclusion.cells().choices()) {
        named.add(choice.axis());
        named.addAll(choice.values());
      }
    }
    from = new int[axes.size()];
    for (int a = 0; a < axes.size(); a++) {
      Declarations.Axis axis = axes.get(a);
      from[a] = axis.values().indexOf(cell.value(axis.name()));
      List<Integer> values = new ArrayList<>();
      if (named.contains(axis.name()) || chosen.containsKey(axis.name())) {
        Set<String> words = chosen.getOrDefault(axis.name(), Set.of());
        boolean fromNamed = isNamed(axis.values().get(from[a]), words, named);
        boolean other = false;
        for (int v = 0; v < axis.values().size(); v++) {
          boolean isNamed = isNamed(axis.values().get(v), words, named);
          // the first value nothing names stands for all of them, unless the cell has one already
          if (v != from[a] && (isNamed || (!other && fromNamed))) {
            values.add(v);
          }
          other |= !isNamed;
        }
      }
      choices.add(values);
    }
  }

  private static boolean isNamed(String value, Set<String> chosen, Set<String> named) {
    return chosen.contains(value) || named.contains(value);
  }

  /**
   * The first supported cell in matrix order that changes {@code distance} of the axes from {@code
   * a} on, keeping {@code cell[0..a)}; null when there is none or the tries ran out.
   */
  private int[] at(int a, int distance, int[] cell, int relevantLeft) {
    if (distance > relevantLeft || tries > MAX_TRIES) {
      return null;
    }
    if (a == cell.length) {
      tries++;
      return supported(cell) ? cell.clone() : null;
    }
    List<Integer> others = choices.get(a);
    int left = others.isEmpty() ? relevantLeft : relevantLeft - 1;
    boolean kept = false;
    for (int i = 0; i <= others.size(); i++) {
      int value = i < others.size() ? others.get(i) : Integer.MAX_VALUE;
      if (!kept && from[a] < value) {
        // the cell's own value, in its place in matrix order
        kept = true;
        cell[a] = from[a];
        int[] found = at(a + 1, distance, cell, left);
        if (found != null) {
          return found;
        }
      }
      if (i < others.size() && distance > 0) {
        cell[a] = value;
        int[] found = at(a + 1, distance - 1, cell, left);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private boolean supported(int[] indexes) {
    return Matrices.supported(pack, operation, cell(indexes));
  }

  private Point cell(int[] indexes) {
    return Cells.at(axes, indexes);
  }
}
