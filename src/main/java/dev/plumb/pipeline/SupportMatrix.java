package dev.plumb.pipeline;

import dev.plumb.source.Point;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded pack's support matrix: for every operation and cell, the template chain that serves it,
 * or why it is unsupported (the public API's {@code Matrix} is its copy for callers).
 *
 * @param axes each axis and its values, in declaration order
 */
public record SupportMatrix(
    String pack, Map<String, List<String>> axes, List<String> operations, List<Entry> entries) {

  public SupportMatrix {
    axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    operations = List.copyOf(operations);
    entries = List.copyOf(entries);
  }

  /** The entries of one operation, in cell order. */
  public List<Entry> of(String operation) {
    return entries.stream().filter(e -> e.operation().equals(operation)).toList();
  }

  /**
   * One operation in one cell (axis to value, in axis order).
   *
   * @param templates the serving template and its ancestors, child first, relative to the pack; for
   *     an unsupported cell, the template that says so (or none)
   * @param reason why the cell is unsupported, or null when it is supported
   * @param excluded whether the manifest excludes the cell ({@code exclude}), for every operation
   */
  public record Entry(
      String operation, Point cell, List<String> templates, String reason, boolean excluded) {
    public Entry {
      templates = List.copyOf(templates);
    }

    public Entry(String operation, Point cell, List<String> templates, String reason) {
      this(operation, cell, templates, reason, false);
    }

    public boolean supported() {
      return reason == null;
    }
  }
}
