package dev.plumb;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/** The one exception plumb's API throws: it carries every diagnostic that stopped the work. */
public final class PlumbException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public PlumbException(List<Diagnostic> diagnostics) {
    super(null, null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public String getMessage() {
    if (diagnostics.isEmpty()) {
      return "plumb failed";
    }
    Diagnostic first = diagnostics.get(0);
    return dev.plumb.diag.TextRenderer.location(first.span()) + ": " + first.severity().label()
        + "[" + first.code() + "]: " + first.message();
  }
}
