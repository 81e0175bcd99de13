package dev.plumb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Matrix;

/** The matrix as JSON for tools, {@code "version": 1} (the README documents the shape). */
final class MatrixJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MatrixJson() {}

  static String render(Matrix m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
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
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
