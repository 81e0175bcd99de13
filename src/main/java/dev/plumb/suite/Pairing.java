package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.Cell;
import dev.plumb.suite.MatrixDiff.Place;
import dev.plumb.suite.MatrixDiff.Support;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entries of two builds of a pack side by side, by (values, operation, cell): which support and
 * which outcomes changed, and the pairs of scripts to compare.
 */
final class Pairing {
  /** An entry of each version for one place. */
  record Pair(Place place, Build.Entry old, Build.Entry now) {}

  private final Build old;
  private final Build now;
  private final Map<Place, Build.Entry> oldEntries = new HashMap<>();
  private final List<Pair> both = new ArrayList<>();

  Pairing(Build old, Build now) {
    this.old = old;
    this.now = now;
    old.entries().forEach(e -> oldEntries.put(place(e), e));
    for (Build.Entry e : now.entries()) {
      Place p = place(e);
      Build.Entry before = oldEntries.get(p);
      if (before != null) {
        both.add(new Pair(p, before, e));
      }
    }
  }

  private static Place place(Build.Entry e) {
    return new Place(e.values(), e.operation(), e.cell());
  }

  /** Every place of the new build that the old one has too, in the new build's order. */
  List<Pair> both() {
    return both;
  }

  /** The new version's axes, each with its values: the cells places are ordered by. */
  Map<String, List<String>> axes() {
    return now.axes();
  }

  /** The values sets both versions were built with, in the new version's order. */
  List<String> sharedValueSets() {
    return now.valueSets().stream().filter(old.valueSets()::contains).toList();
  }

  /** The values of the axes both versions declare that one alone has, as {@code axis=value}. */
  MatrixDiff.Names axisValues() {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    old.axes().forEach((axis, values) -> tagged(axis, values, now.axes(), before));
    now.axes().forEach((axis, values) -> tagged(axis, values, old.axes(), after));
    return MatrixDiff.Names.between(before, after);
  }

  private static void tagged(
      String axis, List<String> values, Map<String, List<String>> other, List<String> into) {
    if (other.containsKey(axis)) {
      values.forEach(v -> into.add(axis + "=" + v));
    }
  }

  /**
   * The (operation, cell)s whose support, or reason for none, changed; read from each build's first
   * values set, as support does not depend on the values.
   */
  List<MatrixDiff.SupportChange> supportChanges() {
    String oldValues = old.valueSets().get(0);
    String newValues = now.valueSets().get(0);
    List<MatrixDiff.SupportChange> changes = new ArrayList<>();
    for (Build.Entry e : now.entries()) {
      if (!e.values().equals(newValues)) {
        continue;
      }
      Build.Entry before = oldEntries.get(new Place(oldValues, e.operation(), e.cell()));
      if (before == null) {
        continue;
      }
      Support was = Support.of(before.status());
      Support is = Support.of(e.status());
      String reasonBefore = was == Support.SUPPORTED ? null : before.reason();
      String reasonAfter = is == Support.SUPPORTED ? null : e.reason();
      if (was != is || !Objects.equals(reasonBefore, reasonAfter)) {
        changes.add(
            new MatrixDiff.SupportChange(
                e.operation(), e.cell(), was, reasonBefore, is, reasonAfter));
      }
    }
    return changes;
  }

  /**
   * The places supported in both versions whose outcome changed: built, refused or failed, or
   * refused or failed for another reason.
   */
  List<MatrixDiff.OutcomeChange> outcomeChanges() {
    List<MatrixDiff.OutcomeChange> changes = new ArrayList<>();
    for (Pair p : both()) {
      if (Support.of(p.old().status()) != Support.SUPPORTED
          || Support.of(p.now().status()) != Support.SUPPORTED) {
        continue;
      }
      if (p.old().status() != p.now().status()
          || !Objects.equals(p.old().reason(), p.now().reason())) {
        changes.add(
            new MatrixDiff.OutcomeChange(
                p.place(), p.old().status(), p.old().reason(), p.now().status(), p.now().reason()));
      }
    }
    return changes;
  }

  /** Places sorted by operation, then cell in matrix order, then values set, in the new build. */
  Comparator<Place> order() {
    List<String> operations = now.operations();
    List<String> values = now.valueSets();
    return Comparator.<Place>comparingInt(p -> operations.indexOf(p.operation()))
        .thenComparingLong(p -> cellIndex(p.cell()))
        .thenComparingInt(p -> values.indexOf(p.values()));
  }

  /** The cell's rank in the matrix: its axis values as digits, the first axis most significant. */
  private long cellIndex(Cell cell) {
    long index = 0;
    for (Map.Entry<String, List<String>> axis : now.axes().entrySet()) {
      index =
          index * axis.getValue().size()
              + axis.getValue().indexOf(cell.values().get(axis.getKey()));
    }
    return index;
  }
}
