package dev.plumb.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Cell;
import dev.plumb.Script;
import dev.plumb.Step;
import dev.plumb.diag.format.JsonLayout;
import dev.plumb.source.Span;
import dev.plumb.suite.SourceMapJson;

/**
 * {@code plumb plan --format json}, {@code "version": 1}: the operation, the cell, the SHA-256 of
 * the script's text (what a run's journal will name the script by) and each step with its script
 * lines, text, template place and the includes and block overrides that led there.
 */
final class PlanJson {
  private PlanJson() {}

  static String render(String operation, Cell cell, Script script) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    root.put("operation", operation);
    ObjectNode axes = root.putObject("cell");
    cell.values().forEach(axes::put);
    root.put("sha256", script.sha256());
    ArrayNode steps = root.putArray("steps");
    for (Step step : script.steps()) {
      ObjectNode out = steps.addObject();
      out.put("number", step.number());
      step(step, out);
    }
    return JsonLayout.write(root);
  }

  /**
   * A step's script lines, text, template place and the includes and block overrides that led
   * there, into {@code out} ({@code plumb run}'s events carry them too).
   */
  static ObjectNode step(Step step, ObjectNode out) {
    out.putArray("lines").add(step.firstLine()).add(step.lastLine());
    out.put("text", step.text());
    out.set("template", place(step.origin()));
    out.set("via", SourceMapJson.via(step.via()));
    return out;
  }

  private static ObjectNode place(Span span) {
    ObjectNode node = JsonLayout.object();
    node.put("file", span.path());
    node.put("line", span.line());
    node.put("column", span.column());
    return node;
  }
}
