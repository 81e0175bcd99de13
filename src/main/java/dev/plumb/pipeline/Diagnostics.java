package dev.plumb.pipeline;

import dev.plumb.diag.Diagnostic;
import java.util.Comparator;

/** The order diagnostics are shown in: by file, then position, then code. */
final class Diagnostics {
  static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.span().path())
          .thenComparingInt(d -> d.span().line())
          .thenComparingInt(d -> d.span().column())
          .thenComparing(d -> d.code().name())
          .thenComparing(Diagnostic::message);

  private Diagnostics() {}
}
