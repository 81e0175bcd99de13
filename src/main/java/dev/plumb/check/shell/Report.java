package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;

/**
 * Where the parts of a reading send what they find. A reading of the script refuses every construct
 * that is not straight-line; a reading of a body declared as shell ({@code permissive}) allows
 * them, and keeps only the rules that stop a value from changing the words.
 */
final class Report {
  private final ReadListener listener;
  private final boolean permissive;

  Report(ReadListener listener, boolean permissive) {
    this.listener = listener;
    this.permissive = permissive;
  }

  boolean permissive() {
    return permissive;
  }

  ReadListener listener() {
    return listener;
  }

  /** An error whatever is being read: a value could change the words here. */
  void error(Code code, Span span, String message, String hint) {
    listener.report(Diagnostic.error(code, span, message).withHint(hint));
  }

  /** An error of the straight-line script only: a file the script writes may do this. */
  void structural(Code code, Span span, String message, String hint) {
    if (!permissive) {
      error(code, span, message, hint);
    }
  }

  void warning(Code code, Span span, String message, String hint) {
    listener.report(Diagnostic.warning(code, span, message).withHint(hint));
  }

  /**
   * The hole's context is final: its type-dependent rules run (unless it already has its
   * diagnostic), and the listener learns it.
   */
  void hole(HoleRef hole, HoleContext context, boolean settled, boolean beforeRedirection) {
    if (!settled) {
      HoleRules.check(this, hole, context, beforeRedirection);
    }
    listener.hole(hole, context);
  }
}
