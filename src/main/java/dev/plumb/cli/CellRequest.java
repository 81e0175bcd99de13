package dev.plumb.cli;

import dev.plumb.Cell;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code OP AXIS=VALUE…}: the operation and the cell a command is asked about. */
final class CellRequest {
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
    CellWords words = new CellWords(axes);
    String error = words.error();
    if (error != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), error);
    }
    return words.cell(terminal);
  }
}
