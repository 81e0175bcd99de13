package dev.plumb.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.format.JsonLayout;
import java.util.Locale;

/**
 * A test run as JSON for tools ({@code "version": 1}): a summary, and every result with its kind,
 * name and status, and for a failure the diagnostic's fields (as {@code plumb lint --format json}
 * spells them) and the snapshot's diff. The README documents the shape.
 */
public final class TestJson {
  private TestJson() {}

  public static String render(TestReport report) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    root.put("pack", report.pack());
    ObjectNode summary = root.putObject("summary");
    summary.put("tests", report.results().size());
    summary.put("failures", report.failures().size());
    for (TestResult.Kind kind : TestResult.Kind.values()) {
      summary.put(kind.name().toLowerCase(Locale.ROOT), report.count(kind));
    }
    ArrayNode results = root.putArray("results");
    for (TestResult r : report.results()) {
      ObjectNode item = results.addObject();
      item.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
      item.put("name", r.name());
      item.put("subject", r.subject());
      item.put("passed", r.passed());
      if (!r.passed()) {
        Diagnostic d = r.failure();
        item.put("code", d.code().name());
        item.put("file", d.span().path());
        if (d.span().hasPosition()) {
          item.put("line", d.span().line());
          item.put("column", d.span().column());
        } else {
          item.putNull("line");
          item.putNull("column");
        }
        item.put("message", d.message());
        item.put("hint", d.hint());
        item.put("diff", r.diff() == null ? null : r.diff().render(""));
      }
    }
    report.updated().forEach(root.putArray("updated")::add);
    return JsonLayout.write(root);
  }
}
