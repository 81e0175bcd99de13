package dev.plumb.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a group's added lines came from, for people: one entry per run of added lines that come
 * from consecutive lines of one template ({@code +6-9} from {@code pack/qemu/start.plumb:4-7}) or
 * from plumb's header, one per line otherwise.
 */
final class AddedRuns {
  /**
   * A run of added lines.
   *
   * @param lines {@code +6} or {@code +6-9}: the lines in the group's first script
   * @param from {@code pack/qemu/start.plumb:4-7}, several joined by ", ", or {@code plumb's
   *     header}
   */
  record Run(String lines, String from) {}

  private AddedRuns() {}

  static List<Run> of(List<MatrixDiff.Added> added) {
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < added.size()) {
      int end = i + 1;
      while (end < added.size() && continues(added.get(end - 1), added.get(end))) {
        end++;
      }
      MatrixDiff.Added first = added.get(i);
      MatrixDiff.Added last = added.get(end - 1);
      String lines = "+" + first.line() + (end - i > 1 ? "-" + last.line() : "");
      String from =
          first.origins().isEmpty()
              ? "plumb's header"
              : end - i > 1
                  ? first.origins().get(0) + "-" + lineOf(last.origins().get(0))
                  : String.join(", ", first.origins());
      runs.add(new Run(lines, from));
      i = end;
    }
    return runs;
  }

  /** Whether {@code b} follows {@code a} in the script and in one template. */
  private static boolean continues(MatrixDiff.Added a, MatrixDiff.Added b) {
    if (b.line() != a.line() + 1) {
      return false;
    }
    if (a.origins().isEmpty() || b.origins().isEmpty()) {
      return a.origins().isEmpty() && b.origins().isEmpty();
    }
    if (a.origins().size() != 1 || b.origins().size() != 1) {
      return false;
    }
    String from = a.origins().get(0);
    String to = b.origins().get(0);
    return fileOf(from).equals(fileOf(to)) && lineOf(to) == lineOf(from) + 1;
  }

  private static String fileOf(String origin) {
    return origin.substring(0, origin.lastIndexOf(':'));
  }

  private static int lineOf(String origin) {
    return Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
  }
}
