package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.resolve.Cells;
import dev.plumb.source.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Templates that serve no cell: in every cell their {@code when} admits another wins (P220), or the
 * manifest excludes it (P416).
 */
final class OutrankedCheck implements LintCheck {
  @Override
  public Set<Code> codes() {
    return Set.of(Code.P220, Code.P416);
  }

  @Override
  public String summary() {
    return "a template outranked, or excluded, in every cell it admits";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    List<Diagnostic> found = new ArrayList<>();
    if (!pack.loaded()) {
      return found;
    }
    Declarations declarations = pack.model().declarations();
    List<Point> cells = Cells.all(declarations.axes());
    for (Template t : pack.model().templates()) {
      if (!pack.servedBy(t).isEmpty()) {
        continue;
      }
      Declarations.Exclusion excluded = onlyExcluded(t, cells, declarations);
      if (excluded != null) {
        found.add(
            Diagnostic.warning(
                    Code.P416,
                    t.header(),
                    "this template can only serve cells the manifest excludes ("
                        + excluded.reason()
                        + ")")
                .withHint(
                    "remove it, or lift the exclude at "
                        + excluded.span().location()
                        + " if these cells exist"));
      } else {
        found.add(
            Diagnostic.warning(Code.P220, t.header(), "no cell is served by this template")
                .withHint("in every cell its 'when' admits, a more specific template wins"));
      }
    }
    return found;
  }

  /** The exclusion of the last cell the template admits, when every one it admits is excluded. */
  private static Declarations.Exclusion onlyExcluded(
      Template t, List<Point> cells, Declarations declarations) {
    Declarations.Exclusion last = null;
    for (Point cell : cells) {
      if (t.when().admits(cell)) {
        last = declarations.excluding(cell);
        if (last == null) {
          return null;
        }
      }
    }
    return last;
  }
}
