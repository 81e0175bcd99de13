package dev.plumb.format;

import dev.plumb.Build;
import dev.plumb.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a build made of every (values, operation, cell), as text to compare before and after
 * formatting: each script byte for byte, or the status, reason and errors of an entry without one.
 * An error is its code, file, line and message without blanks: its columns move with the layout,
 * and a message may quote a hole as it is written.
 */
public final class BuildOutcomes {
  private BuildOutcomes() {}

  public static String of(Build build) {
    return build.entries().stream()
        .map(
            e ->
                e.show()
                    + ": "
                    + e.status()
                    + "\n"
                    + (e.script() != null
                        ? e.script().text()
                        : withoutBlanks(e.reason()) + "\n" + errors(e.diagnostics())))
        .collect(Collectors.joining("\n"));
  }

  public static String errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(
            d ->
                d.code()
                    + " "
                    + d.span().file().path()
                    + ":"
                    + d.span().line()
                    + " "
                    + withoutBlanks(d.message()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String withoutBlanks(String text) {
    return text == null ? null : text.replaceAll("[ \t]", "");
  }
}
