package dev.plumb.cli;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.format.TextRenderer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the CLI runs: formatted output goes to {@code out}, diagnostics and summaries to {@code
 * err} (docs/language.md §4), and relative paths are taken from {@code workingDir}. Tests pass
 * their own streams and folder.
 */
public record Terminal(PrintStream out, PrintStream err, boolean colour, Path workingDir) {

  /** A path as the user typed it, resolved against the working folder. */
  Path resolve(Path path) {
    return workingDir.resolve(path);
  }

  /** Prints diagnostics as text on stderr. */
  void report(List<Diagnostic> diagnostics) {
    TextRenderer renderer = new TextRenderer(colour);
    for (Diagnostic d : diagnostics) {
      err.print(renderer.render(d));
    }
  }
}
