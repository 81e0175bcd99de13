package dev.plumb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top command: only subcommands, --help and --version. */
@Command(
    name = "plumb",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compiles typed script templates into straight-line POSIX shell.",
    footer = {"", "Exit codes: 0 ok, 1 errors found, 2 usage error."})
final class PlumbCommand implements Callable<Integer> {
  private final Terminal terminal;

  PlumbCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal
        .err()
        .println(
            "plumb: a command is required (compile, explain-cell, lint, matrix, schema, explain,"
                + " completion)");
    terminal.err().println("run 'plumb --help' for usage");
    return Cli.USAGE;
  }
}
