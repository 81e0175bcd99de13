package dev.plumb.lint;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.InCell;
import dev.plumb.pipeline.PackModel;
import dev.plumb.pipeline.SupportMatrix;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shell reading of every path each supported cell may take ({@link CellPaths}), each finding
 * named by the first cell found.
 */
final class PathsCheck implements LintCheck {
  @Override
  public Set<Code> codes() {
    // what a path reading finds is what compile finds: the shell checks
    return Set.of(
        Code.P309, Code.P313, Code.P316, Code.P317, Code.P322, Code.P323, Code.P324, Code.P325);
  }

  @Override
  public String summary() {
    return "what compile would find on some path of a cell, as an error when the cell decides it";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    List<Diagnostic> found = new ArrayList<>();
    if (!pack.loaded()) {
      return found;
    }
    PackModel model = pack.model();
    for (SupportMatrix.Entry entry : pack.matrix().entries()) {
      if (entry.supported()
          && Resolver.resolve(model.templatesOf(entry.operation()), entry.cell())
              instanceof Resolution.Chosen c) {
        for (Diagnostic d :
            CellPaths.check(
                model.chain(c.template()),
                entry.cell(),
                model.fragmentsByName(),
                model.declarations(),
                model.texts()::get)) {
          found.add(d.inCell(InCell.onPath(entry.operation(), entry.cell())));
        }
      }
    }
    return found;
  }
}
