package dev.plumb.cli;

import dev.plumb.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix as a Markdown table, to paste into a README: one row per cell, one column per
 * operation.
 */
final class MatrixMarkdown {
  private MatrixMarkdown() {}

  static String render(Matrix m) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(m.axes().keySet());
    header.addAll(m.operations());
    out.append("| ").append(String.join(" | ", header)).append(" |\n");
    out.append("|").append("---|".repeat(header.size())).append('\n');
    List<Matrix.Entry> first = m.operations().isEmpty() ? List.of() : m.of(m.operations().get(0));
    for (int i = 0; i < first.size(); i++) {
      List<String> row = new ArrayList<>(first.get(i).cell().values().values());
      for (String op : m.operations()) {
        Matrix.Entry e = m.of(op).get(i);
        row.add(
            e.supported()
                ? String.join(" < ", e.templates().stream().map(t -> "`" + t + "`").toList())
                : (e.excluded() ? "excluded: " : "unsupported: ") + escape(e.reason()));
      }
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
