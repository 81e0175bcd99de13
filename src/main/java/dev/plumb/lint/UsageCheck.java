package dev.plumb.lint;

import dev.plumb.ast.Unit;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.pipeline.Unread;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Declared variables no template uses (P218), fragments never included (P219). */
final class UsageCheck implements LintCheck {
  @Override
  public Set<Code> codes() {
    return Set.of(Code.P218, Code.P219);
  }

  @Override
  public String summary() {
    return "a variable no template uses, a fragment never included";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    Unread unread = pack.model().unread();
    if (!unread.whole()) {
      // a file that could not be read at all may use anything: its errors are what to fix first
      return List.of();
    }
    List<Unit> units = new ArrayList<>(pack.model().templates());
    units.addAll(pack.model().fragments());
    // what a file read only in part uses is used: its own errors are reported
    units.addAll(unread.partial());
    return Usage.check(pack.model().declarations(), units, pack.model().fragments());
  }
}
