package dev.plumb.evaluate;

import dev.plumb.diag.Diagnostic;

/**
 * Stops evaluating one statement when a value makes it fail (an index out of range, a failed {@code
 * %require}…). Caught by the statement loop, which records the diagnostic and goes on, so that one
 * compile reports every such error.
 */
public final class EvalError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public EvalError(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  private EvalError() {
    super("uses a name whose %let failed", null, false, false);
    this.diagnostic = null;
  }

  /**
   * A statement that uses a name whose {@code %let} failed: that error is reported, this one is
   * not.
   */
  static EvalError followOn() {
    return new EvalError();
  }

  /** The error to report, or null for a follow-on of an error already reported. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
