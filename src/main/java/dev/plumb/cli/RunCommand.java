package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.RunResult;
import dev.plumb.Runner;
import dev.plumb.Script;
import dev.plumb.Shell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plumb run OP AXIS=VALUE…}: compiles as {@code compile} does ({@link CompileRun}) and runs
 * the script with the public {@link Runner}, one shell process, step by step: progress as text or
 * JSON events, a failure told at its template line. Exit codes: 0 completed, 1 a step failed or
 * timed out or nothing ran, 130 interrupted.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Compile an operation for one cell and run the script in one shell, step by step,"
            + " reporting each step and a failure at its template line.")
final class RunCommand implements Callable<Integer> {
  /** The exit code of an interrupted run, as a shell gives a command killed by SIGINT. */
  static final int INTERRUPTED = 130;

  /** The output formats. */
  enum Format {
    text,
    json
  }

  /** The shells, as the command line names them. */
  enum ShellName {
    sh,
    dash,
    bash,
    busybox;

    Shell shell() {
      return Shell.valueOf(name().toUpperCase(Locale.ROOT));
    }
  }

  private final Terminal terminal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CellRequest request;

  @Mixin PackOption pack;

  @Mixin ValuesOptions values;

  @Option(
      names = "--shell",
      paramLabel = "SHELL",
      description = "sh (default), dash, bash (in its POSIX mode) or busybox (busybox sh)")
  ShellName shell = ShellName.sh;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default) or json: one event per line on stdout")
  Format format = Format.text;

  @Option(
      names = "--step-timeout",
      paramLabel = "DURATION",
      description = "end a step that runs longer (30s, 5m, 1h, 500ms)")
  String stepTimeout;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description = "append the run and the script's output to FILE (not to the terminal)")
  Path log;

  RunCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    try {
      Duration limit = stepTimeout == null ? null : Durations.parse("--step-timeout", stepTimeout);
      return CompileRun.run(
          CompileRequest.of(request, pack, values),
          "run",
          terminal,
          (cell, script) -> run(cell, script, limit));
    } catch (UsageError e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private int run(Cell cell, Script script, Duration limit) {
    Runner.Builder runner =
        Runner.builder()
            .shell(shell.shell())
            .stepTimeout(limit)
            .environment(terminal.env())
            .directory(terminal.workingDir())
            .listener(
                format == Format.json
                    ? new RunJson(terminal.out(), request.operation, cell, shell.shell())
                    : new RunText(terminal, log == null));
    if (log == null) {
      return exitCode(InterruptHook.run(runner.build(), script));
    }
    try (RunLog file =
        new RunLog(
            Files.newBufferedWriter(
                terminal.resolve(log),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND))) {
      return exitCode(InterruptHook.run(runner.listener(file).build(), script));
    } catch (IOException e) {
      terminal.err().println("plumb run: cannot write the log " + log + ": " + e.getMessage());
      return Cli.FAILED;
    }
  }

  private static int exitCode(RunResult result) {
    if (result instanceof RunResult.Completed) {
      return Cli.OK;
    }
    return result instanceof RunResult.Interrupted ? INTERRUPTED : Cli.FAILED;
  }
}
