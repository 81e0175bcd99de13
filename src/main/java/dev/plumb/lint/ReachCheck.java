package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.InCell;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which served cells reach each part of every template: branches no cell reaches (P220),
 * preconditions that always or never hold (P221); and, for the other checks, the cell to name on a
 * finding that only some of a template's cells reach.
 */
final class ReachCheck implements LintCheck {
  private final Declarations declarations;
  private final List<CellReach.Region> regions = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Map<String, Integer> servedCount = new HashMap<>();

  ReachCheck(Declarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public Set<Code> codes() {
    return Set.of(Code.P220, Code.P221);
  }

  @Override
  public String summary() {
    return "a branch no served cell reaches, a precondition that always or never holds";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    for (Template t : pack.model().templates()) {
      template(t, pack.servedBy(t));
    }
    return warnings;
  }

  /** Analyses one template for the cells it serves (as itself or as an ancestor). */
  private void template(Template template, List<Point> served) {
    servedCount.put(template.file().path(), served.size());
    Preconditions requires = new Preconditions(declarations);
    new CellReach(declarations, regions, warnings, (r, cells) -> requires.check(r, cells, warnings))
        .walk(template.body(), served);
  }

  /**
   * The diagnostic with the cell it was found in, when only some of the template's cells reach it.
   */
  Diagnostic withCell(Diagnostic d) {
    if (d.cell() != null || !d.span().hasPosition()) {
      return d;
    }
    CellReach.Region innermost = null;
    for (CellReach.Region r : regions) {
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
    return d.inCell(InCell.of(innermost.cells().get(0)));
  }
}
