package dev.plumb.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Matrix;
import dev.plumb.diag.format.JsonLayout;

/** The matrix as JSON for tools, {@code "version": 1} (the README documents the shape). */
final class MatrixJson {

  private MatrixJson() {}

  static String render(Matrix m) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    root.put("pack", m.pack());
    ArrayNode axes = root.putArray("axes");
    m.axes()
        .forEach(
            (name, values) -> {
              ObjectNode axis = axes.addObject();
              axis.put("name", name);
              values.forEach(axis.putArray("values")::add);
            });
    m.operations().forEach(root.putArray("operations")::add);
    ArrayNode entries = root.putArray("entries");
    for (Matrix.Entry e : m.entries()) {
      ObjectNode entry = entries.addObject();
      entry.put("operation", e.operation());
      ObjectNode cell = entry.putObject("cell");
      e.cell().values().forEach(cell::put);
      entry.put("supported", e.supported());
      e.templates().forEach(entry.putArray("templates")::add);
      if (!e.supported()) {
        entry.put("reason", e.reason());
      }
      if (e.excluded()) {
        entry.put("excluded", true);
      }
    }
    return JsonLayout.write(root);
  }
}
