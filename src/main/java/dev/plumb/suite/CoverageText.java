package dev.plumb.suite;

import dev.plumb.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Template coverage for people: each file that misses something, with the lines no script emitted
 * as ranges and the arms no script took with their directive, then the totals:
 *
 * <pre>
 * templates/bhyve/start.plumb: lines 10/14 (71.4 %), branches 3/4 (75.0 %)
 *   not emitted: lines 12, 15-17
 *   not taken: line 9 %elif vm.boot == uefi
 * lines 412/430 (95.8 %), branches 88/96 (91.7 %)
 * </pre>
 *
 * A range runs over the lines that are not sites (directives, comments) between missed lines, as
 * coverage.py's "Missing" column does: {@code 15-17} says no line from 15 to 17 was emitted.
 */
public final class CoverageText {
  private CoverageText() {}

  public static String render(Coverage coverage) {
    StringBuilder out = new StringBuilder();
    for (Coverage.FileCoverage file : coverage.files()) {
      if (file.complete()) {
        continue;
      }
      out.append(file.file()).append(": lines ").append(file.lineRatio());
      if (!file.arms().isEmpty()) {
        out.append(", branches ").append(file.branchRatio());
      }
      out.append('\n');
      List<String> missed = missedRanges(file.lines());
      if (!missed.isEmpty()) {
        String lines = missed.size() == 1 && !missed.get(0).contains("-") ? "line " : "lines ";
        out.append("  not emitted: ").append(lines).append(String.join(", ", missed)).append('\n');
      }
      for (Coverage.Hits<Site.Arm> arm : file.arms()) {
        if (!arm.covered()) {
          out.append("  not taken: line ")
              .append(arm.site().line())
              .append(' ')
              .append(arm.site().label())
              .append('\n');
        }
      }
    }
    return out.append("lines ")
        .append(coverage.lines())
        .append(", branches ")
        .append(coverage.branches())
        .append('\n')
        .toString();
  }

  /** The missed lines as {@code 12} and {@code 15-17}, a range ending at the next covered line. */
  static List<String> missedRanges(List<Coverage.Hits<Site.Line>> lines) {
    List<String> ranges = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (Coverage.Hits<Site.Line> hits : lines) {
      if (hits.covered()) {
        add(ranges, first, last);
        first = -1;
      } else {
        if (first < 0) {
          first = hits.site().line();
        }
        last = hits.site().line();
      }
    }
    add(ranges, first, last);
    return ranges;
  }

  private static void add(List<String> ranges, int first, int last) {
    if (first >= 0) {
      ranges.add(first == last ? String.valueOf(first) : first + "-" + last);
    }
  }
}
