package dev.plumb.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Cell;
import dev.plumb.diag.format.JsonLayout;

/**
 * A {@link MatrixDiff} as JSON for tools, {@code "version": 1} (the README documents the shape).
 */
public final class DiffJson {
  private DiffJson() {}

  /**
   * @param old how the old version is named
   * @param now how the new version is named
   */
  public static String render(MatrixDiff diff, String old, String now) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    version(root.putObject("old"), diff.oldPack(), old);
    version(root.putObject("new"), diff.newPack(), now);
    root.put("changed", !diff.unchanged());
    ObjectNode scripts = root.putObject("scripts");
    scripts.put("compared", diff.compared());
    scripts.put("changed", diff.changed());
    names(root.putObject("axes"), diff.axes());
    names(root.putObject("axisValues"), diff.axisValues());
    names(root.putObject("operations"), diff.operations());
    names(root.putObject("values"), diff.valueSets());
    ArrayNode support = root.putArray("support");
    for (MatrixDiff.SupportChange c : diff.support()) {
      ObjectNode change = support.addObject();
      change.put("operation", c.operation());
      cell(change, c.cell());
      side(change.putObject("old"), "support", c.before().word(), c.reasonBefore());
      side(change.putObject("new"), "support", c.after().word(), c.reasonAfter());
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (MatrixDiff.OutcomeChange c : diff.outcomes()) {
      ObjectNode change = outcomes.addObject();
      place(change, c.place());
      side(change.putObject("old"), "status", c.before().word(), c.reasonBefore());
      side(change.putObject("new"), "status", c.after().word(), c.reasonAfter());
    }
    ArrayNode changes = root.putArray("changes");
    diff.groups().forEach(g -> group(changes.addObject(), g));
    return JsonLayout.write(root);
  }

  private static void version(ObjectNode into, String pack, String from) {
    into.put("pack", pack);
    into.put("from", from);
  }

  private static void names(ObjectNode into, MatrixDiff.Names names) {
    names.appeared().forEach(into.putArray("appeared")::add);
    names.disappeared().forEach(into.putArray("disappeared")::add);
  }

  private static void side(ObjectNode into, String key, String state, String reason) {
    into.put(key, state);
    if (reason != null) {
      into.put("reason", reason);
    }
  }

  private static void group(ObjectNode into, MatrixDiff.Group g) {
    into.put("scripts", g.places().size());
    ObjectNode hunk = into.putObject("hunk");
    hunk.put("header", g.hunk().header());
    hunk.put("oldStart", g.hunk().oldStart());
    hunk.put("oldCount", g.hunk().oldCount());
    hunk.put("newStart", g.hunk().newStart());
    hunk.put("newCount", g.hunk().newCount());
    ArrayNode lines = hunk.putArray("lines");
    g.hunk().edits().forEach(e -> lines.add(e.kind() + e.text()));
    ArrayNode added = into.putArray("added");
    for (MatrixDiff.Added a : g.added()) {
      ObjectNode line = added.addObject();
      line.put("line", a.line());
      line.put("text", a.text());
      a.origins().forEach(line.putArray("origins")::add);
    }
    g.summary().forEach(into.putArray("summary")::add);
    ArrayNode places = into.putArray("places");
    g.places().forEach(p -> place(places.addObject(), p));
  }

  private static void place(ObjectNode into, MatrixDiff.Place p) {
    into.put("values", p.values());
    into.put("operation", p.operation());
    cell(into, p.cell());
    into.put("path", p.path());
  }

  private static void cell(ObjectNode into, Cell cell) {
    ObjectNode values = into.putObject("cell");
    cell.values().forEach(values::put);
  }
}
