package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.Script;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plumb plan OP AXIS=VALUE…}: compiles as {@code compile} does ({@link CompileRun}) and
 * prints the script's steps, each with the template line it came from; runs nothing.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Compile an operation for one cell and print the script's numbered steps with the template"
            + " line of each; nothing runs.")
final class PlanCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json
  }

  private final Terminal terminal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CellRequest request;

  @Mixin PackOption pack;

  @Mixin ValuesOptions values;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  PlanCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    try {
      return CompileRun.run(CompileRequest.of(request, pack, values), "plan", terminal, this::show);
    } catch (UsageError e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private int show(Cell cell, Script script) {
    terminal
        .out()
        .print(
            switch (format) {
              case text -> PlanText.render(script);
              case json -> PlanJson.render(request.operation, cell, script);
            });
    terminal.out().flush();
    return Cli.OK;
  }
}
