package dev.plumb;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import java.util.List;
import java.util.function.Supplier;

/** The one exception of the public API: a failure, carrying every diagnostic that explains it. */
public final class PlumbException extends Failure {
  private static final long serialVersionUID = 1L;

  public PlumbException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }

  /** Runs {@code work}, turning a failure of the layers below into this API's exception. */
  static <T> T rethrown(Supplier<T> work) {
    try {
      return work.get();
    } catch (PlumbException e) {
      throw e;
    } catch (Failure e) {
      throw new PlumbException(e.diagnostics());
    }
  }
}
