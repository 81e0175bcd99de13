package dev.plumb.diag.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import java.util.List;

/**
 * Diagnostics as JSON ({@code "version": 1}): each with code, severity, file, line, column, end
 * (line and column, exclusive), message, hint and cell; the README documents it.
 */
public final class JsonReport {

  private JsonReport() {}

  public static String render(List<Diagnostic> diagnostics) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode item = list.addObject();
      item.put("code", d.code().name());
      item.put("severity", d.severity().label());
      item.put("file", d.span().path());
      if (d.span().hasPosition()) {
        item.put("line", d.span().line());
        item.put("column", d.span().column());
        ObjectNode end = item.putObject("end");
        end.put("line", d.span().endLine());
        end.put("column", d.span().endColumn());
      } else {
        item.putNull("line");
        item.putNull("column");
        item.putNull("end");
      }
      item.put("message", d.message());
      item.put("hint", d.hint());
      item.put("cell", d.cell() == null ? null : d.cell().show());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count());
    summary.put(
        "warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
    return JsonLayout.write(root);
  }
}
