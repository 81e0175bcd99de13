package dev.plumb.diag;

import java.util.List;

/**
 * A failure, carrying every diagnostic that explains it: what the layers below the public API
 * throw. The API lets only its own kind ({@code PlumbException}) reach callers.
 */
public class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public Failure(List<Diagnostic> diagnostics) {
    super();
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a failure needs at least one diagnostic");
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
    return first.span().location()
        + ": "
        + first.severity().label()
        + "["
        + first.code()
        + "]: "
        + first.message();
  }
}
