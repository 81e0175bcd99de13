package dev.plumb.editor;

import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.pipeline.PackModel;
import dev.plumb.resolve.Cells;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hover of a {@code %template … when …} line: the cells the template serves for its operation,
 * and what becomes of the other cells its {@code when} matches. A pack may have many cells, so each
 * cell shows only the axes the {@code when} leaves open, cells that differ in one axis share a
 * line, and each list stops after a few lines.
 */
final class HeaderHover {
  /** The cells a list shows before it says how many more there are. */
  static final int SHOWN = 6;

  private HeaderHover() {}

  static String of(PackModel model, Template template) {
    String title = "`" + template.operation() + "`";
    Coverage coverage = Coverage.of(model, template);
    if (coverage == null) {
      return title
          + ": its `when` matches "
          + Cells.count(Coverage.matched(model.declarations().axes(), template.when()))
          + " cells, too many to walk here (more than "
          + Cells.MAX_ENTRIES
          + ")";
    }
    Set<String> fixed = fixedAxes(template.when());
    StringBuilder out = new StringBuilder();
    out.append("**").append(title).append(" serves ").append(count(coverage.served().size()));
    if (!fixed.isEmpty()) {
      out.append(" (").append(fixedCell(template.when())).append(" in each)");
    }
    out.append("**").append(cells(coverage.served(), fixed));
    coverage
        .lost()
        .forEach(
            (winner, cells) ->
                out.append("\n\n`")
                    .append(model.relative(winner))
                    .append(':')
                    .append(winner.header().line())
                    .append("` wins ")
                    .append(count(cells.size()))
                    .append(" (`")
                    .append(winner.header().text().strip())
                    .append("`)")
                    .append(cells(cells, fixed)));
    group(out, "unsupported (`%unsupported`)", coverage.unsupported(), fixed);
    group(out, "excluded by the manifest", coverage.excluded(), fixed);
    return out.toString();
  }

  private static void group(
      StringBuilder out, String what, Map<String, List<Point>> groups, Set<String> fixed) {
    groups.forEach(
        (reason, cells) ->
            out.append("\n\n")
                .append(count(cells.size()))
                .append(' ')
                .append(what)
                .append(": ")
                .append(reason)
                .append(cells(cells, fixed)));
  }

  /** The axes the selector admits one value of: every cell it matches shares them. */
  private static Set<String> fixedAxes(Selector when) {
    Set<String> fixed = new HashSet<>();
    when.choices().stream().filter(c -> c.values().size() == 1).forEach(c -> fixed.add(c.axis()));
    return fixed;
  }

  private static String fixedCell(Selector when) {
    return when.choices().stream()
        .filter(c -> c.values().size() == 1)
        .map(c -> c.axis() + "=" + c.values().get(0))
        .collect(Collectors.joining(" "));
  }

  /**
   * The cells as a list, each without the fixed axes, those that differ in the last open axis alone
   * on one line ({@code guest=freebsd | linux}), the first {@link #SHOWN} lines of them.
   */
  private static String cells(List<Point> cells, Set<String> fixed) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (Point cell : cells) {
      List<String> open =
          cell.values().entrySet().stream()
              .filter(e -> !fixed.contains(e.getKey()))
              .map(e -> e.getKey() + "=" + e.getValue())
              .toList();
      if (open.isEmpty()) {
        lines.put("this cell", new ArrayList<>());
        continue;
      }
      String last = open.get(open.size() - 1);
      String head = String.join(" ", open.subList(0, open.size() - 1));
      String axis = last.substring(0, last.indexOf('=') + 1);
      lines
          .computeIfAbsent(head + (head.isEmpty() ? "" : " ") + axis, k -> new ArrayList<>())
          .add(last.substring(axis.length()));
    }
    StringBuilder out = new StringBuilder();
    int shownCells = 0;
    for (var line : lines.entrySet().stream().limit(SHOWN).toList()) {
      out.append("\n- ").append(line.getKey()).append(String.join(" | ", line.getValue()));
      shownCells += Math.max(line.getValue().size(), 1);
    }
    if (lines.size() > SHOWN) {
      int more = cells.size() - shownCells;
      out.append("\n- … and ").append(more).append(more == 1 ? " more cell" : " more cells");
    }
    return out.toString();
  }

  private static String count(int cells) {
    return cells + (cells == 1 ? " cell" : " cells");
  }
}
