package dev.plumb.evaluate;

import dev.plumb.diag.Diagnostic;

/**
 * Ends a whole evaluation at once: the script outgrew its bound, or bodies nested too deep. Unlike
 * {@link EvalError}, nothing after it is worth evaluating. A cell found unsupported is {@link
 * Unsupported}.
 */
public final class Abort extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public Abort(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
