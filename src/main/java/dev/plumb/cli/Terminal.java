package dev.plumb.cli;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.format.TextRenderer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the CLI runs: formatted output goes to {@code out}, diagnostics and summaries to {@code
 * err} (docs/language.md §4), relative paths are taken from {@code workingDir}, {@code --values -}
 * reads {@code in}, and {@code env} holds the environment plumb reads ({@code PLUMB_PACK}). Tests
 * pass their own streams, folder and environment.
 *
 * @param interactive whether a person reads {@code err} (it is a terminal): only then do the
 *     commands whose output is their product say on {@code err} which pack they used
 */
public record Terminal(
    PrintStream out,
    PrintStream err,
    boolean colour,
    Path workingDir,
    InputStream in,
    Map<String, String> env,
    boolean interactive) {

  public Terminal {
    env = Map.copyOf(env);
  }

  /** A terminal with nothing on standard input, an empty environment, and err not a terminal. */
  public Terminal(PrintStream out, PrintStream err, boolean colour, Path workingDir) {
    this(out, err, colour, workingDir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
  }

  /** A path as the user typed it, resolved against the working folder. */
  Path resolve(Path path) {
    return workingDir.resolve(path);
  }

  /** An environment variable, or null when it is unset or empty. */
  String variable(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** Prints diagnostics as text on stderr. */
  void report(List<Diagnostic> diagnostics) {
    TextRenderer renderer = new TextRenderer(colour);
    for (Diagnostic d : diagnostics) {
      err.print(renderer.render(d));
    }
  }
}
