package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.RunJournal;
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

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description =
          "record the run in FILE (and its folder FILE.d), so that --resume FILE can go on from"
              + " the first step that did not finish")
  Path journal;

  @Option(
      names = "--resume",
      paramLabel = "FILE",
      description =
          "resume the run the journal FILE records, from the first step that did not finish,"
              + " and go on recording there; refused if the script changed")
  Path resume;

  @Option(
      names = "--rerun-step",
      paramLabel = "N",
      description =
          "with --resume: run step N again although it was running when the run stopped being"
              + " recorded (it may have done part of its work)")
  Integer rerunStep;

  RunCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    try {
      Duration limit = stepTimeout == null ? null : Durations.parse("--step-timeout", stepTimeout);
      if (journal != null && resume != null) {
        throw new UsageError("--journal and --resume name one journal: give one of them");
      }
      if (rerunStep != null && (resume == null || rerunStep < 1)) {
        throw new UsageError(
            resume == null
                ? "--rerun-step goes with --resume"
                : "--rerun-step takes a step number");
      }
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
    RunJournal recorded = recorded(cell);
    if (log == null) {
      return exitCode(InterruptHook.run(runner.build(), script, recorded));
    }
    try (RunLog file =
        new RunLog(
            Files.newBufferedWriter(
                terminal.resolve(log),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND))) {
      return exitCode(InterruptHook.run(runner.listener(file).build(), script, recorded));
    } catch (IOException e) {
      terminal.err().println("plumb run: cannot write the log " + log + ": " + e.getMessage());
      return Cli.FAILED;
    }
  }

  /** The journal the options ask for, or null. */
  private RunJournal recorded(Cell cell) {
    if (resume != null) {
      RunJournal resumed = RunJournal.resume(terminal.resolve(resume), request.operation, cell);
      return rerunStep == null ? resumed : resumed.rerunningStep(rerunStep);
    }
    return journal == null
        ? null
        : RunJournal.record(terminal.resolve(journal), request.operation, cell);
  }

  private static int exitCode(RunResult result) {
    if (result instanceof RunResult.Completed) {
      return Cli.OK;
    }
    return result instanceof RunResult.Interrupted ? INTERRUPTED : Cli.FAILED;
  }
}
