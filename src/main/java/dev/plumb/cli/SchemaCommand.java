package dev.plumb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plumb schema}: the pack's values as a JSON Schema, for callers that are not Java. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Print the JSON Schema of the pack's values.")
final class SchemaCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin PackOption pack;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    return pack.choice(terminal)
        .run(
            "schema",
            terminal,
            loaded -> {
              terminal.out().print(loaded.schema());
              terminal.out().flush();
              return Cli.OK;
            });
  }
}
