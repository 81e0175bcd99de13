package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code OP AXIS=VALUE…}: the operation and the cell a command is asked about. */
final class CellRequest {
  /** Where the request's own diagnostics point, as the compiler's do. */
  private static final Span REQUEST = Span.ofFile(new SourceFile("request", ""));

  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OP", description = "the operation, e.g. start")
  String operation;

  @Parameters(
      index = "1..*",
      paramLabel = "AXIS=VALUE",
      description = "the cell, e.g. host=freebsd")
  List<String> axes = new ArrayList<>();

  /**
   * The cell, or null after reporting each axis given twice (P405).
   *
   * @throws CommandLine.ParameterException for a word that is not AXIS=VALUE
   */
  Cell cell(Terminal terminal) {
    Map<String, String> cell = new LinkedHashMap<>();
    List<Diagnostic> twice = new ArrayList<>();
    for (String axis : axes) {
      int eq = axis.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "expected AXIS=VALUE, got '" + axis + "'");
      }
      String name = axis.substring(0, eq);
      String value = axis.substring(eq + 1);
      String earlier = cell.putIfAbsent(name, value);
      if (earlier != null) {
        twice.add(
            Diagnostic.error(Code.P405, REQUEST, "axis '" + name + "' is given twice")
                .withHint("give it once: " + name + "=" + earlier + " or " + axis));
      }
    }
    if (!twice.isEmpty()) {
      terminal.report(twice);
      return null;
    }
    return Cell.of(cell);
  }
}
