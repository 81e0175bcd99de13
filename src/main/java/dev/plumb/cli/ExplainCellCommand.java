package dev.plumb.cli;

import dev.plumb.Candidates;
import dev.plumb.Cell;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code plumb explain-cell OP AXIS=VALUE…}: every template of the operation, its specificity and
 * why it won or lost the cell, and whether the chosen one supports it.
 */
@Command(
    name = "explain-cell",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Show how the template of an operation in one cell is chosen: every candidate, its"
            + " specificity, and why it won or lost.")
final class ExplainCellCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin CellRequest request;

  @Mixin PackOption pack;

  ExplainCellCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Cell cell = request.cell(terminal);
    if (cell == null) {
      return Cli.FAILED;
    }
    PackChoice choice = pack.choice(terminal);
    return choice.run(
        "explain-cell",
        terminal,
        loaded -> {
          Candidates candidates = loaded.candidates(request.operation, cell);
          terminal.out().print(render(candidates, loaded.name(), choice));
          terminal.out().flush();
          return Cli.OK;
        });
  }

  /**
   * One line for the request, one per candidate ({@code FILE:LINE: OUTCOME: when … (specificity N):
   * why}), then the verdict.
   */
  static String render(Candidates c, String packName, PackChoice choice) {
    StringBuilder out = new StringBuilder();
    out.append(c.operation())
        .append(c.cell().values().isEmpty() ? "" : " " + c.cell())
        .append(", pack '")
        .append(packName)
        .append("' from ")
        .append(choice.label())
        .append('\n');
    if (c.candidates().isEmpty()) {
      out.append("  no template of '").append(c.operation()).append("'\n");
    }
    for (Candidates.Candidate t : c.candidates()) {
      out.append("  ")
          .append(t.header().path())
          .append(':')
          .append(t.header().line())
          .append(": ")
          .append(t.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(": when ")
          .append(t.when().isEmpty() ? "(every cell)" : t.when())
          .append(" (specificity ")
          .append(t.specificity())
          .append("): ")
          .append(t.reason())
          .append('\n');
    }
    if (c.chain().isEmpty()) {
      out.append("unsupported: no template serves this cell\n");
    } else if (c.unsupported() != null) {
      out.append("unsupported: ")
          .append(c.unsupported())
          .append(" (%unsupported at ")
          .append(c.unsupportedAt().location())
          .append(", reached by ")
          .append(String.join(" < ", c.chain()))
          .append(")\n");
    } else {
      out.append("supported: ").append(String.join(" < ", c.chain())).append('\n');
    }
    return out.toString();
  }
}
