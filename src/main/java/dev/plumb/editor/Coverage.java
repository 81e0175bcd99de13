package dev.plumb.editor;

import dev.plumb.ast.Node;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.pipeline.PackModel;
import dev.plumb.resolve.CellSupport;
import dev.plumb.resolve.Cells;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What becomes of each cell a template's {@code when} matches, for its operation, decided as {@code
 * plumb matrix} decides it (pipeline's Matrices): the manifest's {@code exclude} first, then the
 * resolver's choice among the operation's templates, then an {@code %unsupported} the chosen chain
 * reaches in the cell.
 *
 * @param served the cells the template is chosen for and supports
 * @param unsupported the cells it is chosen for that reach an {@code %unsupported}, by its reason
 * @param excluded the cells the manifest excludes, by the exclusion's reason
 * @param lost the cells another template is chosen for, by that template
 */
record Coverage(
    List<Point> served,
    Map<String, List<Point>> unsupported,
    Map<String, List<Point>> excluded,
    Map<Template, List<Point>> lost) {

  /** The template's coverage, or null when its {@code when} matches too many cells to walk. */
  static Coverage of(PackModel model, Template template) {
    Declarations declarations = model.declarations();
    List<Declarations.Axis> matched = matched(declarations.axes(), template.when());
    if (Cells.count(matched).compareTo(BigInteger.valueOf(Cells.MAX_ENTRIES)) > 0) {
      return null;
    }
    Coverage coverage =
        new Coverage(
            new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    List<Template> rivals = model.templatesOf(template.operation());
    for (Point cell : Cells.all(matched)) {
      Declarations.Exclusion exclusion = declarations.excluding(cell);
      if (exclusion != null) {
        add(coverage.excluded, exclusion.reason(), cell);
        continue;
      }
      Template chosen = chosen(Resolver.resolve(rivals, cell), template);
      if (chosen != template) {
        add(coverage.lost, chosen, cell);
        continue;
      }
      Node.Unsupported unsupported =
          CellSupport.unsupported(model.chain(template), cell, declarations);
      if (unsupported == null) {
        coverage.served.add(cell);
      } else {
        add(coverage.unsupported, unsupported.reason(), cell);
      }
    }
    return coverage;
  }

  /**
   * The axes with only the values the selector admits, in the pack's order: their cells are the
   * ones it matches, in the order the matrix lists them, without walking the others.
   */
  static List<Declarations.Axis> matched(List<Declarations.Axis> axes, Selector when) {
    List<Declarations.Axis> matched = new ArrayList<>();
    for (Declarations.Axis axis : axes) {
      List<String> values = axis.values();
      for (Selector.Choice choice : when.choices()) {
        if (choice.axis().equals(axis.name())) {
          values = values.stream().filter(choice.values()::contains).toList();
        }
      }
      matched.add(new Declarations.Axis(axis.name(), values, axis.span()));
    }
    return matched;
  }

  /** The template a cell goes to; of a tie (a pack with one does not load), the other one. */
  private static Template chosen(Resolution resolution, Template template) {
    if (resolution instanceof Resolution.Chosen c) {
      return c.template();
    }
    if (resolution instanceof Resolution.Tie t) {
      return t.first() == template ? t.second() : t.first();
    }
    // the template's own when admits the cell, so some template is always chosen
    return template;
  }

  private static <K> void add(Map<K, List<Point>> groups, K key, Point cell) {
    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
  }
}
