package dev.plumb.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.diag.format.JsonLayout;
import dev.plumb.source.Span;
import java.util.List;

/**
 * {@code compile -o FILE --source-map} writes {@code FILE.map}: for each script line, the template
 * line it came from, the output and template columns of its text and holes, and the includes and
 * block overrides that led there ({@code "version": 1}, see the README).
 */
public final class SourceMapJson {

  private SourceMapJson() {}

  public static String render(Script script, String scriptName) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    root.put("script", scriptName);
    ArrayNode lines = root.putArray("lines");
    for (ScriptLine line : script.lines()) {
      ObjectNode out = lines.addObject();
      out.put("line", line.number());
      if (line.origin() == null) {
        out.putNull("source");
        continue;
      }
      out.set("source", place(line.origin()));
      ArrayNode segments = out.putArray("segments");
      for (ScriptLine.Segment s : line.segments()) {
        ObjectNode segment = segments.addObject();
        segment.put("kind", s.hole() ? "hole" : "text");
        segment.putArray("columns").add(s.start()).add(s.end());
        ObjectNode source = place(s.source());
        source.putArray("columns").add(s.source().column()).add(s.source().endColumn());
        segment.set("source", source);
      }
      out.set("via", via(line.via()));
    }
    return JsonLayout.write(root);
  }

  /**
   * The {@code %include}s and block overrides that led to a line, outermost first: each site's
   * file, line, column and directive ({@code plumb plan --format json} writes them alike).
   */
  public static ArrayNode via(List<ScriptLine.Step> sites) {
    ArrayNode via = JsonLayout.object().arrayNode();
    for (ScriptLine.Step site : sites) {
      ObjectNode step = place(site.site());
      step.put("column", site.site().column());
      step.put("directive", site.directive());
      via.add(step);
    }
    return via;
  }

  private static ObjectNode place(Span span) {
    ObjectNode node = JsonLayout.object();
    node.put("file", span.path());
    node.put("line", span.line());
    return node;
  }
}
