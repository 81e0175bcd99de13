package dev.plumb.resolve;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the first cell (in matrix order) of a box that none of some other boxes covers, by
 * splitting boxes rather than walking cells. Splitting a box around one cover leaves at most one
 * piece per axis outside it, and those pieces no longer meet that cover: the work grows with the
 * covers that cut the box, not with the number of cells. A budget of boxes bounds it for packs
 * built to defeat this (deciding such covers is hard in general).
 */
final class Uncovered {
  /** Boxes looked at, over all the searches of one pack, before giving up. */
  static final int MAX_BOXES = 100_000;

  /** Thrown when the budget is spent. */
  static final class TooIntricate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooIntricate() {
      super(null, null, false, false);
    }
  }

  private int boxes;

  /**
   * The first cell of {@code box} that no box of {@code covers} holds, or null when they all are.
   */
  int[] first(Box box, List<Box> covers) {
    return search(box, covers, null);
  }

  /** As {@link #first}, but only a cell that comes before {@code bound} (when not null) counts. */
  private int[] search(Box box, List<Box> covers, int[] bound) {
    if (++boxes > MAX_BOXES) {
      throw new TooIntricate();
    }
    int[] lowest = box.first();
    if (bound != null && compare(lowest, bound) >= 0) {
      return null;
    }
    List<Box> meeting = covers.stream().filter(box::meets).toList();
    if (meeting.isEmpty()) {
      return lowest;
    }
    if (meeting.stream().anyMatch(box::within)) {
      return null;
    }
    Box cover = meeting.get(0);
    List<Box> others = meeting.subList(1, meeting.size());
    int[] best = bound;
    boolean found = false;
    Box rest = box;
    for (int a = 0; a < box.axisCount(); a++) {
      if (rest.within(a, cover)) {
        continue;
      }
      int[] outside = search(rest.split(a, cover, false), others, best);
      if (outside != null) {
        best = outside;
        found = true;
      }
      rest = rest.split(a, cover, true);
    }
    // what is left of the box is inside the cover
    return found ? best : null;
  }

  /** Matrix order: the first axis varies slowest. */
  static int compare(int[] a, int[] b) {
    return Arrays.compare(a, b);
  }
}
