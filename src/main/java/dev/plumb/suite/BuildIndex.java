package dev.plumb.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Build;
import dev.plumb.diag.format.JsonLayout;
import java.util.Map;

/**
 * {@code index.json} of a build folder ({@code "version": 1}): the values sets, a count per status,
 * and every (values, operation, cell) with its status and its script's path or its reason. The
 * README documents the shape.
 */
public final class BuildIndex {
  /** The index's file name in a build folder. */
  public static final String FILE = "index.json";

  private BuildIndex() {}

  /**
   * @param valueFiles each values set's name to the file it was read from, as the user named it
   * @param sourceMaps whether each script has a {@code .map} beside it
   */
  public static String render(Build build, Map<String, String> valueFiles, boolean sourceMaps) {
    ObjectNode root = JsonLayout.object();
    root.put("version", JsonLayout.VERSION);
    root.put("pack", build.pack());
    ArrayNode sets = root.putArray("values");
    for (String name : build.valueSets()) {
      ObjectNode set = sets.addObject();
      set.put("name", name);
      set.put("file", valueFiles.getOrDefault(name, name));
    }
    ObjectNode counts = root.putObject("counts");
    for (Build.Status s : Build.Status.values()) {
      counts.put(s.word(), build.withStatus(s).size());
    }
    ArrayNode entries = root.putArray("entries");
    for (Build.Entry e : build.entries()) {
      ObjectNode entry = entries.addObject();
      entry.put("values", e.values());
      entry.put("operation", e.operation());
      ObjectNode cell = entry.putObject("cell");
      e.cell().values().forEach(cell::put);
      entry.put("status", e.status().word());
      if (e.status() == Build.Status.BUILT) {
        entry.put("script", e.path());
        if (sourceMaps) {
          entry.put("map", e.path() + ".map");
        }
      } else {
        if (!e.diagnostics().isEmpty()) {
          entry.put("code", e.diagnostics().get(0).code().name());
        }
        entry.put("reason", e.reason());
      }
    }
    return JsonLayout.write(root);
  }
}
