package dev.plumb;

import dev.plumb.pipeline.SupportMatrix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support matrix of a pack: for every operation and cell, the template chain that serves it, or
 * why it is unsupported. The same data as {@code plumb matrix --format json}.
 *
 * @param axes each axis and its values, in declaration order
 */
public record Matrix(
    String pack, Map<String, List<String>> axes, List<String> operations, List<Entry> entries) {

  public Matrix {
    axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    operations = List.copyOf(operations);
    entries = List.copyOf(entries);
  }

  /**
   * One operation in one cell.
   *
   * @param templates the serving template and its ancestors, child first, relative to the pack; for
   *     an unsupported cell, the template that says so (or none)
   * @param reason why the cell is unsupported, or null when it is supported
   * @param excluded whether the pack's manifest excludes the cell ({@code exclude}): no operation
   *     supports it, whatever the templates say; {@code reason} is the manifest's
   */
  public record Entry(
      String operation, Cell cell, List<String> templates, String reason, boolean excluded) {
    public Entry {
      templates = List.copyOf(templates);
    }

    /** An entry of a cell the manifest does not exclude. */
    public Entry(String operation, Cell cell, List<String> templates, String reason) {
      this(operation, cell, templates, reason, false);
    }

    public boolean supported() {
      return reason == null;
    }
  }

  /** The caller's copy of a loaded pack's matrix. */
  static Matrix of(SupportMatrix matrix) {
    return new Matrix(
        matrix.pack(),
        matrix.axes(),
        matrix.operations(),
        matrix.entries().stream()
            .map(
                e ->
                    new Entry(
                        e.operation(), Cell.of(e.cell()), e.templates(), e.reason(), e.excluded()))
            .toList());
  }

  /** The entries of one operation, in cell order. */
  public List<Entry> of(String operation) {
    return entries.stream().filter(e -> e.operation().equals(operation)).toList();
  }
}
