package dev.plumb.cli;

import dev.plumb.Matrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix for a terminal: a grid of ok/-- grouped by hypervisor (or the first axis), then, per
 * operation, each template chain and each reason with the cells it covers.
 */
final class MatrixText {
  private MatrixText() {}

  static String render(Matrix m) {
    StringBuilder out = new StringBuilder();
    List<String> axes = new ArrayList<>(m.axes().keySet());
    int cells = m.operations().isEmpty() ? 0 : m.of(m.operations().get(0)).size();
    out.append(m.pack())
        .append(": ")
        .append(m.operations().size())
        .append(m.operations().size() == 1 ? " operation, " : " operations, ")
        .append(cells)
        .append(cells == 1 ? " cell" : " cells")
        .append(axes.isEmpty() ? "" : " (" + String.join(" × ", axes) + ")")
        .append("\n\n");
    grid(m, axes, out);
    out.append("\ncells are written ")
        .append(axes.isEmpty() ? "(none)" : String.join("/", axes))
        .append('\n');
    for (String op : m.operations()) {
      out.append('\n').append(op).append('\n');
      Map<String, List<String>> outcomes = new LinkedHashMap<>();
      for (Matrix.Entry e : m.of(op)) {
        String outcome =
            e.supported()
                ? String.join(" < ", e.templates())
                : (e.excluded() ? "excluded: " : "unsupported: ") + e.reason();
        outcomes
            .computeIfAbsent(outcome, k -> new ArrayList<>())
            .add(String.join("/", e.cell().values().values()));
      }
      outcomes.forEach(
          (outcome, where) ->
              out.append("  ")
                  .append(outcome)
                  .append('\n')
                  .append("    ")
                  .append(String.join(" ", where))
                  .append('\n'));
    }
    return out.toString();
  }

  private static void grid(Matrix m, List<String> axes, StringBuilder out) {
    String group = axes.contains("hypervisor") ? "hypervisor" : axes.isEmpty() ? null : axes.get(0);
    List<String> rest = axes.stream().filter(a -> !a.equals(group)).toList();
    Map<String, List<List<String>>> groups = new LinkedHashMap<>();
    List<Matrix.Entry> first = m.operations().isEmpty() ? List.of() : m.of(m.operations().get(0));
    for (int i = 0; i < first.size(); i++) {
      Map<String, String> cell = first.get(i).cell().values();
      List<String> row = new ArrayList<>();
      row.add("  " + String.join(" ", rest.stream().map(a -> a + "=" + cell.get(a)).toList()));
      for (String op : m.operations()) {
        Matrix.Entry e = m.of(op).get(i);
        row.add(e.supported() ? "ok" : e.excluded() ? "xx" : "--");
      }
      groups
          .computeIfAbsent(
              group == null ? "all cells" : group + "=" + cell.get(group), k -> new ArrayList<>())
          .add(row);
    }
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(m.operations());
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
    }
    groups.forEach(
        (name, groupRows) -> {
          widths[0] = Math.max(widths[0], name.length());
          for (List<String> row : groupRows) {
            for (int c = 0; c < row.size(); c++) {
              widths[c] = Math.max(widths[c], row.get(c).length());
            }
          }
        });
    groups.forEach(
        (name, groupRows) -> {
          List<String> title = new ArrayList<>(header);
          title.set(0, name);
          line(title, widths, out);
          groupRows.forEach(row -> line(row, widths, out));
        });
  }

  private static void line(List<String> cells, int[] widths, StringBuilder out) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      line.append(String.format("%-" + (widths[c] + 2) + "s", cells.get(c)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
