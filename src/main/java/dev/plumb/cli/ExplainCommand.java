package dev.plumb.cli;

import dev.plumb.diag.Code;
import dev.plumb.diag.Explanations;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plumb explain CODE}: the long explanation of a diagnostic code, with an example and its
 * fix.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Explain a diagnostic code, e.g. plumb explain P201; --list lists them all.")
final class ExplainCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "CODE", arity = "0..1", description = "a code such as P201")
  String code;

  @Option(names = "--list", description = "list every code with its one-line summary")
  boolean list;

  ExplainCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (list == (code != null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), list ? "give a CODE or --list, not both" : "give a CODE or --list");
    }
    if (list) {
      for (Code each : Code.values()) {
        terminal.out().println(each + "  " + each.title());
      }
      terminal.out().flush();
      return Cli.OK;
    }
    Optional<Code> known = Code.parse(code);
    if (known.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unknown code '"
              + code
              + "'; codes run from P101 to "
              + Code.values()[Code.values().length - 1]);
    }
    terminal.out().print(Explanations.of(known.get()));
    terminal.out().flush();
    return Cli.OK;
  }
}
