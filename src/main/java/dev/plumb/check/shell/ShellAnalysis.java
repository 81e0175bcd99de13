package dev.plumb.check.shell;

import dev.plumb.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * What the shell checker found in one template's text lines: the context of every hole (by {@code
 * Hole.index}), the place of every text line (by {@code TextLine.id}), and the P3xx diagnostics.
 */
public record ShellAnalysis(
    Map<Integer, HoleContext> holes,
    Map<Integer, LineContext> lines,
    List<Diagnostic> diagnostics) {

  public ShellAnalysis {
    holes = Map.copyOf(holes);
    lines = Map.copyOf(lines);
    diagnostics = List.copyOf(diagnostics);
  }
}
