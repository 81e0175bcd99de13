package dev.plumb.evaluate;

import dev.plumb.diag.Diagnostic;

/**
 * Ends a whole evaluation at once: the cell is unsupported, or the script outgrew its bound. Unlike
 * {@link EvalError}, nothing after it is worth evaluating.
 */
public final class Abort extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;
  private final String unsupportedReason;

  public Abort(Diagnostic diagnostic, String unsupportedReason) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
    this.unsupportedReason = unsupportedReason;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /** The reason given by {@code %unsupported}, or null when the abort has another cause. */
  public String unsupportedReason() {
    return unsupportedReason;
  }
}
