package dev.plumb.check;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/** The result of a check: what it built, and what it found. */
public record Checked<T>(T value, List<Diagnostic> diagnostics) {
  public Checked {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
