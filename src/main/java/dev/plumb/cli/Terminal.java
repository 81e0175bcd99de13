package dev.plumb.cli;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.TextRenderer;
import java.io.PrintStream;
import java.util.List;

/**
 * Where the CLI writes: formatted output to {@code out}, diagnostics and summaries to
 * {@code err} (design §4). Tests pass their own streams.
 */
public record Terminal(PrintStream out, PrintStream err, boolean colour) {

  /** Prints diagnostics as text on stderr. */
  void report(List<Diagnostic> diagnostics) {
    TextRenderer renderer = new TextRenderer(colour);
    for (Diagnostic d : diagnostics) {
      err.print(renderer.render(d));
    }
  }
}
