package dev.plumb.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plumb.ast.Selector;
import dev.plumb.check.Declarations;
import dev.plumb.source.Point;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The search for a cell no cover holds splits boxes, never walks cells: over 40 two-valued axes
 * (2^40 cells) it answers at once; and covers made to cut the space into more pieces than its
 * budget end in {@link Uncovered.TooIntricate}, not in an endless search.
 */
class UncoveredTest {
  private static final Span AT = Span.ofFile(new SourceFile("t", ""));

  private static List<Declarations.Axis> axes(int n) {
    return IntStream.range(0, n)
        .mapToObj(a -> new Declarations.Axis("a" + a, List.of("x", "y"), AT))
        .toList();
  }

  /** A box: each even argument an axis index, each odd one its only value. */
  private static Box box(List<Declarations.Axis> axes, Object... choices) {
    List<Selector.Choice> list = new ArrayList<>();
    for (int i = 0; i < choices.length; i += 2) {
      list.add(new Selector.Choice("a" + choices[i], List.of((String) choices[i + 1]), AT));
    }
    return Box.of(new Selector(list, AT), axes);
  }

  @Test
  void findsTheFirstUncoveredCellOfAHugeSpace() {
    List<Declarations.Axis> axes = axes(40);
    Box all = Box.all(axes);
    // a0 = x is covered, and so is a0 = y with a39 = x: the first cell left has a0 = y, a39 = y
    int[] first =
        new Uncovered().first(all, List.of(box(axes, 0, "x"), box(axes, 0, "y", 39, "x")));
    int[] expected = new int[40];
    expected[0] = 1;
    expected[39] = 1;
    assertArrayEquals(expected, first);
    assertNull(
        new Uncovered()
            .first(
                all, List.of(box(axes, 0, "x"), box(axes, 0, "y", 39, "x"), box(axes, 39, "y"))));
  }

  @Test
  void coversThatCutTooFineStopTheSearch() {
    // a cover per clause of a random 3-SAT formula, past the ratio where formulas have no
    // solution: whether the covers leave a cell is that question, and each pins three axes
    List<Declarations.Axis> axes = axes(40);
    java.util.Random random = new java.util.Random(1);
    List<Box> covers = new ArrayList<>();
    for (int clause = 0; clause < 200; clause++) {
      int[] three = random.ints(0, 40).distinct().limit(3).toArray();
      covers.add(
          box(
              axes,
              three[0],
              random.nextBoolean() ? "x" : "y",
              three[1],
              random.nextBoolean() ? "x" : "y",
              three[2],
              random.nextBoolean() ? "x" : "y"));
    }
    assertThrows(Uncovered.TooIntricate.class, () -> new Uncovered().first(Box.all(axes), covers));
  }

  /** {@link Cells#at} names the axes in order. */
  @Test
  void aCellIsNamedAxisByAxis() {
    Point cell = Cells.at(axes(2), new int[] {1, 0});
    org.junit.jupiter.api.Assertions.assertEquals(Map.of("a0", "y", "a1", "x"), cell.values());
    org.junit.jupiter.api.Assertions.assertEquals("a0=y a1=x", cell.show());
  }
}
