package dev.plumb.lint;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.List;
import java.util.Set;

/** One check lint runs on a loaded pack: the codes it reports, what it is for, and its run. */
interface LintCheck {
  Set<Code> codes();

  /** One line on what the check finds. */
  String summary();

  List<Diagnostic> run(LintContext pack);
}
