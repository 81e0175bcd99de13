package dev.plumb.syntax;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/** What reading a file gave: the tree (null when it could not be built) and the P1xx errors. */
public record Parsed<T>(T value, List<Diagnostic> diagnostics) {
  public Parsed {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return value != null && diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
