package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Templates that serve no cell: in every cell their {@code when} admits, another wins (P220). */
final class OutrankedCheck implements LintCheck {
  @Override
  public Set<Code> codes() {
    return Set.of(Code.P220);
  }

  @Override
  public String summary() {
    return "a template outranked in every cell it admits";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    List<Diagnostic> found = new ArrayList<>();
    if (!pack.loaded()) {
      return found;
    }
    for (Template t : pack.model().templates()) {
      if (pack.servedBy(t).isEmpty()) {
        found.add(
            Diagnostic.warning(Code.P220, t.header(), "no cell is served by this template")
                .withHint("in every cell its 'when' admits, a more specific template wins"));
      }
    }
    return found;
  }
}
