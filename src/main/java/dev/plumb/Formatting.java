package dev.plumb;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/**
 * What {@code plumb fmt} read ({@link Format}): every file it could format, changed or not, and the
 * errors of those it could not (a file that does not read as plumb is never formatted).
 */
public record Formatting(List<Formatted> files, List<Diagnostic> errors) {
  public Formatting {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
  }

  /** How many files could not be formatted: the files the errors are in. */
  public long refused() {
    return errors.stream().map(d -> d.span().file().path()).distinct().count();
  }
}
