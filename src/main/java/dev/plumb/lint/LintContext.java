package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.pipeline.PackModel;
import dev.plumb.pipeline.SupportMatrix;
import dev.plumb.source.Point;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every lint check may read: the loaded pack, whether it loaded without errors, the cells each
 * template serves (as itself or as an ancestor, over every operation), and where the pack's folder
 * is.
 */
record LintContext(
    PackModel model,
    boolean loaded,
    Map<Template, List<Point>> served,
    SupportMatrix matrix,
    Path folder,
    String shown) {

  /** The cells {@code template} serves; none when it is outranked in every cell. */
  List<Point> servedBy(Template template) {
    return served.getOrDefault(template, List.of());
  }
}
