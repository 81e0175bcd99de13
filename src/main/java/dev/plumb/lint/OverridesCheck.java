package dev.plumb.lint;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.List;
import java.util.Set;

/** Block overrides identical to their parent's block (P222). */
final class OverridesCheck implements LintCheck {
  @Override
  public Set<Code> codes() {
    return Set.of(Code.P222);
  }

  @Override
  public String summary() {
    return "a block override identical to its parent's block";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    return Overrides.check(pack.model().templates().stream().map(pack.model()::chain).toList());
  }
}
