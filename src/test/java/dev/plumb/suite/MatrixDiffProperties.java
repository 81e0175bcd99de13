package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.suite.MatrixDiff.Place;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For generated packs and a random edit of one template line, {@link MatrixDiff} reports exactly
 * the (values, operation, cell) whose scripts change, found by compiling both versions cell by cell
 * with {@link Pack#compile}; and each group holds exactly the scripts that have its change among
 * their hunks.
 */
class MatrixDiffProperties {

  @Provide
  Arbitrary<EditedPack> packs() {
    return EditedPack.arbitrary();
  }

  @Property(tries = 60)
  void theDiffIsExactlyTheScriptsThatChangeEachGroupExactlyThoseWithItsChange(
      @ForAll("packs") EditedPack gen) {
    Pack old = TestPack.load(gen.old());
    Pack now = TestPack.load(gen.now());
    Map<String, Values> sets = new LinkedHashMap<>();
    for (int i = 0; i < gen.ns().size(); i++) {
      sets.put("v" + i, Values.of(Map.of("name", "web" + i, "n", gen.ns().get(i))));
    }
    int context = gen.edit().id() % 3;
    MatrixDiff diff = MatrixDiff.of(old.build(sets), now.build(sets), context);

    // the oracle: every script compiled on its own, the changed ones with their hunks' changes
    Map<Place, Set<List<String>>> changed = new LinkedHashMap<>();
    int compared = 0;
    for (String operation : now.operations()) {
      for (Cell cell : cells(now.axes())) {
        for (Map.Entry<String, Values> set : sets.entrySet()) {
          List<String> before = lines(old, operation, cell, set.getValue());
          List<String> after = lines(now, operation, cell, set.getValue());
          if (before == null || after == null) {
            continue;
          }
          compared++;
          if (!before.equals(after)) {
            Set<List<String>> keys = new HashSet<>();
            LineDiff.hunks(before, after, context).forEach(h -> keys.add(change(h)));
            changed.put(new Place(set.getKey(), operation, cell), keys);
          }
        }
      }
    }

    assertEquals(compared, diff.compared());
    assertEquals(changed.size(), diff.changed());
    Set<Place> grouped = new HashSet<>();
    Set<List<String>> groupKeys = new HashSet<>();
    int previous = Integer.MAX_VALUE;
    for (MatrixDiff.Group g : diff.groups()) {
      List<String> key = change(g.hunk());
      assertTrue(groupKeys.add(key), "two groups of one change: " + key);
      Set<Place> expected = new HashSet<>();
      changed.forEach(
          (place, keys) -> {
            if (keys.contains(key)) {
              expected.add(place);
            }
          });
      assertEquals(expected, Set.copyOf(g.places()), "the scripts of the change " + key);
      assertEquals(g.places().size(), Set.copyOf(g.places()).size(), "a script listed twice");
      assertTrue(g.places().size() <= previous, "groups are not largest first");
      previous = g.places().size();
      grouped.addAll(g.places());
    }
    assertEquals(changed.keySet(), grouped);
    Set<List<String>> allKeys = new HashSet<>();
    changed.values().forEach(allKeys::addAll);
    assertEquals(allKeys, groupKeys);
    assertEquals(
        changed.isEmpty() && diff.support().isEmpty() && diff.outcomes().isEmpty(),
        diff.unchanged());
    Statistics.label("scripts changed").collect(changed.isEmpty() ? "none" : "some");
    Statistics.label("scripts changed")
        .coverage(
            c ->
                c.check("some")
                    .percentage(
                        (Predicate<Double>) p -> p > 30)); // else the generator tests too little
    Statistics.label("a change in several scripts")
        .collect(diff.groups().stream().anyMatch(g -> g.places().size() > 1));
  }

  /** A hunk's change as the oracle sees it: its removed and added lines, kind and text. */
  private static List<String> change(LineDiff.Hunk hunk) {
    return hunk.edits().stream()
        .filter(e -> e.kind() != ' ')
        .map(e -> e.kind() + e.text())
        .toList();
  }

  /** The script's lines, or null when the cell does not compile with these values. */
  private static List<String> lines(Pack pack, String operation, Cell cell, Values values) {
    try {
      String text = pack.compile(operation, cell, values).text();
      return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    } catch (PlumbException e) {
      return null;
    }
  }

  /** Every cell of the axes, the first axis varying slowest. */
  private static List<Cell> cells(Map<String, List<String>> axes) {
    List<Map<String, String>> cells = new ArrayList<>();
    cells.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
      List<Map<String, String>> longer = new ArrayList<>();
      for (Map<String, String> c : cells) {
        for (String v : axis.getValue()) {
          Map<String, String> more = new LinkedHashMap<>(c);
          more.put(axis.getKey(), v);
          longer.add(more);
        }
      }
      cells = longer;
    }
    return cells.stream().map(Cell::of).toList();
  }
}
