package dev.plumb;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/** The one exception of the public API: a failure, carrying every diagnostic that explains it. */
public final class PlumbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public PlumbException(List<Diagnostic> diagnostics) {
    super();
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a PlumbException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The first diagnostic's first line, as the text renderer would start it. */
  @Override
  public String getMessage() {
    Diagnostic first = diagnostics.get(0);
    return dev.plumb.diag.TextRenderer.location(first.span())
        + ": "
        + first.severity().label()
        + "["
        + first.code()
        + "]: "
        + first.message();
  }
}
