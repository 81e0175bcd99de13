package dev.plumb.diag;

import java.util.List;

/**
 * What a phase gave: what it built (null when it could not build it) and what it found. Reading a
 * file, checking a pack and binding values all answer with one.
 */
public record Checked<T>(T value, List<Diagnostic> diagnostics) {
  public Checked {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
