package dev.plumb.cli;

import dev.plumb.diag.Suggest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;

/** The command line as picocli reads it: every command, help, and picocli's errors told briefly. */
final class Commands {
  private Commands() {}

  /** Reads and runs {@code args}; every outcome an exit code ({@link Cli}). */
  static int run(String[] args, Terminal terminal) {
    CommandLine cli = commandLine(terminal, args);
    cli.setOut(new PrintWriter(terminal.out(), true));
    cli.setErr(new PrintWriter(terminal.err(), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> Cli.internalError(e, terminal));
    cli.setParameterExceptionHandler(
        (e, args2) -> Cli.usage(message(e, terminal), commandName(e.getCommandLine()), terminal));
    try {
      return cli.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the bounds should keep both errors away; if one still comes, it is a bug to report, not a
      // trace to show
      return Cli.internalError(e, terminal);
    }
  }

  /** A subcommand: its name, as its {@code @Command} gives it, and how to make it. */
  record Subcommand(String name, Function<Terminal, Object> make) {}

  /** Every subcommand, in the order help lists them. */
  static final List<Subcommand> SUBCOMMANDS =
      List.of(
          new Subcommand("compile", CompileCommand::new),
          new Subcommand("plan", PlanCommand::new),
          new Subcommand("run", RunCommand::new),
          new Subcommand("build", BuildCommand::new),
          new Subcommand("test", TestCommand::new),
          new Subcommand("diff", DiffCommand::new),
          new Subcommand("explain-cell", ExplainCellCommand::new),
          new Subcommand("lint", LintCommand::new),
          new Subcommand("matrix", MatrixCommand::new),
          new Subcommand("schema", SchemaCommand::new),
          new Subcommand("fmt", FmtCommand::new),
          new Subcommand("explain", ExplainCommand::new),
          new Subcommand("lsp", LspCommand::new),
          new Subcommand("completion", CompletionCommand::new));

  /** Every command, as {@code plumb completion} describes them too. */
  static CommandLine commandLine(Terminal terminal) {
    CommandLine cli = new CommandLine(new PlumbCommand(terminal));
    SUBCOMMANDS.forEach(sub -> cli.addSubcommand(sub.make().apply(terminal)));
    return cli;
  }

  /**
   * The command line that parses {@code args}: when the first argument names a subcommand, only
   * that one is made, since picocli reads every command's options when it is added (a tenth of a
   * short run's time); otherwise (help, a mistyped command, no command) all of them.
   */
  static CommandLine commandLine(Terminal terminal, String[] args) {
    for (Subcommand sub : SUBCOMMANDS) {
      if (args.length > 0 && sub.name().equals(args[0])) {
        return new CommandLine(new PlumbCommand(terminal))
            .addSubcommand(sub.make().apply(terminal));
      }
    }
    return commandLine(terminal);
  }

  /**
   * What the parser rejected, in words: an unknown command with the commands near it, an argument
   * no command takes with {@code --pack} when it names a folder.
   */
  private static String message(CommandLine.ParameterException e, Terminal terminal) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    String word = unmatched.getUnmatched().get(0);
    CommandLine command = e.getCommandLine();
    if (command.getParent() == null && !word.startsWith("-")) {
      Set<String> commands = command.getSubcommands().keySet();
      return "unknown command '"
          + word
          + "'; "
          + Suggest.hintOr(word, commands, "the commands are " + String.join(", ", commands));
    }
    if (!word.startsWith("-")
        && command.getCommandSpec().findOption("--pack") != null
        && Files.isDirectory(terminal.resolve(Path.of(word)))) {
      return "unexpected argument '" + word + "'; to use the pack in it, pass --pack " + word;
    }
    return e.getMessage();
  }

  /**
   * How {@code command} is run after {@code plumb}: {@code "compile "}, or {@code ""} for plumb.
   */
  private static String commandName(CommandLine command) {
    String name = command.getCommandName();
    return name.equals("plumb") ? "" : name + " ";
  }
}
