package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Diagnostic;
import dev.plumb.resolve.Cells;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-cell analyses of a template: which served cells reach which lines (to name the cell of a
 * finding only some cells hit), branches no cell reaches, and preconditions that always or never
 * hold.
 */
public final class Lints {
  private final Declarations declarations;
  private final List<Reach.Region> regions = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Map<String, Integer> servedCount = new HashMap<>();

  public Lints(Declarations declarations) {
    this.declarations = declarations;
  }

  /** Analyses one template for the cells it serves (as itself or as an ancestor). */
  public void template(Template template, List<Map<String, String>> served) {
    servedCount.put(template.file().path(), served.size());
    Requires requires = new Requires(declarations);
    new Reach(declarations, regions, warnings, (r, cells) -> requires.check(r, cells, warnings))
        .walk(template.body(), served);
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }

  /**
   * The diagnostic with the cell it was found in, when only some of the template's cells reach it.
   */
  public Diagnostic withCell(Diagnostic d) {
    if (d.cell() != null || !d.span().hasPosition()) {
      return d;
    }
    Reach.Region innermost = null;
    for (Reach.Region r : regions) {
      boolean inside =
          r.file().equals(d.span().path())
              && r.first() <= d.span().line()
              && d.span().line() <= r.last();
      if (inside
          && (innermost == null || r.last() - r.first() <= innermost.last() - innermost.first())) {
        innermost = r;
      }
    }
    if (innermost == null
        || innermost.cells().isEmpty()
        || innermost.cells().size() >= servedCount.getOrDefault(innermost.file(), 0)) {
      return d;
    }
    return d.inCell(Cells.show(innermost.cells().get(0)));
  }
}
