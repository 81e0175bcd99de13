package dev.plumb.resolve;

import dev.plumb.ast.Selector;
import dev.plumb.check.Declarations;
import java.util.BitSet;
import java.util.List;

/**
 * A set of cells that is a product: for each axis, the values it allows. A template's {@code when}
 * is one, and so are the cells two templates share; questions about them are answered axis by axis,
 * without walking cells, whose number is exponential in the axes.
 */
final class Box {
  private final List<Declarations.Axis> axes;
  private final BitSet[] allowed;

  /** The axes on which every value is allowed: most boxes constrain few, and those are cheap. */
  private final boolean[] full;

  private Box(List<Declarations.Axis> axes, BitSet[] allowed) {
    this.axes = axes;
    this.allowed = allowed;
    this.full = new boolean[allowed.length];
    for (int a = 0; a < allowed.length; a++) {
      full[a] = allowed[a].cardinality() == axes.get(a).values().size();
    }
  }

  /** Every cell. */
  static Box all(List<Declarations.Axis> axes) {
    BitSet[] allowed = new BitSet[axes.size()];
    for (int a = 0; a < allowed.length; a++) {
      allowed[a] = new BitSet();
      allowed[a].set(0, axes.get(a).values().size());
    }
    return new Box(axes, allowed);
  }

  /**
   * The cells a {@code when} admits, or null for none (an unknown axis, which the checker reports,
   * admits none, as {@link Selector#admits} has it).
   */
  static Box of(Selector when, List<Declarations.Axis> axes) {
    BitSet[] allowed = all(axes).allowed;
    for (Selector.Choice choice : when.choices()) {
      int a = index(axes, choice.axis());
      if (a < 0) {
        return null;
      }
      BitSet values = new BitSet();
      List<String> known = axes.get(a).values();
      for (String value : choice.values()) {
        int v = known.indexOf(value);
        if (v >= 0) {
          values.set(v);
        }
      }
      allowed[a].and(values);
      if (allowed[a].isEmpty()) {
        return null;
      }
    }
    return new Box(axes, allowed);
  }

  private static int index(List<Declarations.Axis> axes, String name) {
    for (int a = 0; a < axes.size(); a++) {
      if (axes.get(a).name().equals(name)) {
        return a;
      }
    }
    return -1;
  }

  /** The cells in both, or null when there are none. */
  Box meet(Box other) {
    BitSet[] both = new BitSet[allowed.length];
    for (int a = 0; a < both.length; a++) {
      both[a] = (BitSet) allowed[a].clone();
      both[a].and(other.allowed[a]);
      if (both[a].isEmpty()) {
        return null;
      }
    }
    return new Box(axes, both);
  }

  boolean meets(Box other) {
    for (int a = 0; a < allowed.length; a++) {
      if (!full[a] && !other.full[a] && !allowed[a].intersects(other.allowed[a])) {
        return false;
      }
    }
    return true;
  }

  /** Whether every cell of this box is in {@code other}. */
  boolean within(Box other) {
    for (int a = 0; a < allowed.length; a++) {
      if (!within(a, other)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every value this box allows on axis {@code a} is one {@code other} allows. */
  boolean within(int a, Box other) {
    if (other.full[a]) {
      return true;
    }
    BitSet outside = (BitSet) allowed[a].clone();
    outside.andNot(other.allowed[a]);
    return outside.isEmpty();
  }

  int axisCount() {
    return allowed.length;
  }

  /** This box with axis {@code a} narrowed to the values {@code other} allows there (or not). */
  Box split(int a, Box other, boolean inside) {
    BitSet[] narrowed = allowed.clone();
    narrowed[a] = (BitSet) allowed[a].clone();
    if (inside) {
      narrowed[a].and(other.allowed[a]);
    } else {
      narrowed[a].andNot(other.allowed[a]);
    }
    return new Box(axes, narrowed);
  }

  /** The box's first cell in matrix order (the first axis varies slowest), as value indexes. */
  int[] first() {
    int[] cell = new int[allowed.length];
    for (int a = 0; a < cell.length; a++) {
      cell[a] = allowed[a].nextSetBit(0);
    }
    return cell;
  }
}
