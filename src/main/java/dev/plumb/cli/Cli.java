package dev.plumb.cli;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Builds the command line and maps every outcome to an exit code: 0 ok, 1 errors found, 2 usage.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private Cli() {}

  /**
   * Runs the command line, whose arguments are taken as the process got them: a U+FFFD in one is
   * taken for a byte the locale could not decode (P511).
   */
  public static int run(String[] args, Terminal terminal) {
    return run(args, null, terminal);
  }

  /**
   * As {@link #run(String[], Terminal)}, with the process's own bytes for each argument when they
   * are known ({@code raw}, else null): an argument must then be exactly their UTF-8.
   */
  static int run(String[] args, List<byte[]> raw, Terminal terminal) {
    List<Diagnostic> undecodable = Arguments.check(args, raw);
    if (!undecodable.isEmpty()) {
      terminal.report(undecodable);
      return FAILED;
    }
    CommandLine cli = commandLine(terminal);
    cli.setOut(new PrintWriter(terminal.out(), true));
    cli.setErr(new PrintWriter(terminal.err(), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, terminal));
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          terminal.err().println("plumb: " + message(e, terminal));
          terminal
              .err()
              .println("run 'plumb " + commandName(e.getCommandLine()) + "--help' for usage");
          return USAGE;
        });
    try {
      return cli.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the bounds should keep both errors away; if one still comes, it is a bug to report, not a
      // trace to show
      return internalError(e, terminal);
    }
  }

  /** Every command, as {@code plumb completion} describes them too. */
  static CommandLine commandLine(Terminal terminal) {
    return new CommandLine(new PlumbCommand(terminal))
        .addSubcommand(new CompileCommand(terminal))
        .addSubcommand(new BuildCommand(terminal))
        .addSubcommand(new TestCommand(terminal))
        .addSubcommand(new DiffCommand(terminal))
        .addSubcommand(new ExplainCellCommand(terminal))
        .addSubcommand(new LintCommand(terminal))
        .addSubcommand(new MatrixCommand(terminal))
        .addSubcommand(new SchemaCommand(terminal))
        .addSubcommand(new ExplainCommand(terminal))
        .addSubcommand(new CompletionCommand(terminal));
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

  private static String commandName(CommandLine command) {
    String name = command.getCommandName();
    return name.equals("plumb") ? "" : name + " ";
  }

  /** Never a stack trace: a short note and the version, for a bug report. */
  static int internalError(Throwable e, Terminal terminal) {
    terminal
        .err()
        .println(
            "plumb: internal error, please report: "
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    terminal.err().println("plumb " + Version.get());
    return FAILED;
  }
}
