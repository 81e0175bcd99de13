package dev.plumb.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of an instrumented script ({@link Instrumented}) in one shell process: the shell runs the
 * whole script, so what a step sets ({@code cd}, {@code umask}, {@code export}) holds for the next.
 * The run watches the marker file for steps, reads the shell's stdout and stderr line by line, ends
 * the process tree when a step runs too long or the run is cancelled, and says how it ended. Its
 * files (the script and the marker file) live in a private temporary folder, deleted after.
 */
public final class ShellRun {
  /** How often the marker file and the clock are looked at while a step runs. */
  static final long POLL_MILLIS = 10;

  /** How long the shell's output may still come after it exited (a daemon may hold it open). */
  static final long DRAIN_MILLIS = 2000;

  /**
   * What a run needs besides its script.
   *
   * @param shell the shell's command, its arguments before the script's path
   * @param environment the whole environment of the shell (plumb's marker variable is added)
   * @param stepTimeout how long one step may run, or null for no limit
   * @param secretValues the values to mask in every line reported
   * @param steps how many steps the script has
   */
  public record Setup(
      List<String> shell,
      Path directory,
      Map<String, String> environment,
      Duration stepTimeout,
      List<String> secretValues,
      int steps) {
    public Setup {
      shell = List.copyOf(shell);
      environment = Map.copyOf(environment);
      secretValues = List.copyOf(secretValues);
    }
  }

  private final Setup setup;
  private final String text;
  private final Events events;
  private volatile boolean cancelled;

  public ShellRun(Setup setup, String instrumentedText, Events events) {
    this.setup = setup;
    this.text = instrumentedText;
    this.events = events;
  }

  /** Asks the run to stop: the running step's processes are ended, the run is interrupted. */
  public void cancel() {
    cancelled = true;
  }

  /** Runs the script to its outcome; a run cancelled before it starts runs nothing. */
  public Outcome run() throws InterruptedException {
    Path folder;
    try {
      folder = Files.createTempDirectory("plumb-run");
    } catch (IOException e) {
      return new Outcome.NotStarted("cannot make a temporary folder: " + e.getMessage());
    }
    try {
      return runIn(folder);
    } finally {
      delete(folder);
    }
  }

  private Outcome runIn(Path folder) throws InterruptedException {
    Path script = folder.resolve("script.sh");
    Path markers = folder.resolve("markers");
    Process shell;
    try {
      Files.writeString(script, text, StandardCharsets.UTF_8);
      Files.createFile(markers);
      List<String> command = new ArrayList<>(setup.shell());
      command.add(script.toString());
      ProcessBuilder builder = new ProcessBuilder(command).directory(setup.directory().toFile());
      builder.environment().clear();
      builder.environment().putAll(setup.environment());
      builder.environment().put(Instrumented.MARKERS, markers.toString());
      if (cancelled) {
        return new Outcome.Interrupted(0, Duration.ZERO);
      }
      shell = builder.start();
    } catch (IOException e) {
      return new Outcome.NotStarted(
          "cannot start " + String.join(" ", setup.shell()) + ": " + e.getMessage());
    }
    StepTracker tracker =
        new StepTracker(
            new MarkerFile(markers, setup.steps()), new Mask(setup.secretValues()), events);
    return watch(shell, tracker);
  }

  private Outcome watch(Process shell, StepTracker tracker) throws InterruptedException {
    closeQuietly(shell);
    Thread out =
        LineReader.start("plumb-run-stdout", shell.getInputStream(), l -> tracker.output(false, l));
    Thread err =
        LineReader.start("plumb-run-stderr", shell.getErrorStream(), l -> tracker.output(true, l));
    Outcome stopped = null;
    try {
      while (!shell.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        tracker.sync();
        if (cancelled) {
          stopped = new Outcome.Interrupted(tracker.current(), tracker.runningFor());
        } else if (setup.stepTimeout() != null && tracker.overdue(setup.stepTimeout())) {
          stopped =
              new Outcome.TimedOut(tracker.current(), setup.stepTimeout(), tracker.runningFor());
        }
        if (stopped != null) {
          ProcessTree.end(shell);
        }
      }
    } catch (InterruptedException e) {
      // the thread running the run was interrupted: as good as a cancel
      ProcessTree.end(shell);
      stopped = new Outcome.Interrupted(tracker.current(), tracker.runningFor());
    }
    out.join(DRAIN_MILLIS);
    err.join(DRAIN_MILLIS);
    tracker.sync();
    tracker.close();
    return stopped != null ? stopped : outcome(shell.exitValue(), tracker);
  }

  /** SIGINT's exit status: a shell that died of Ctrl-C. */
  private static final int INTERRUPTED = 128 + 2;

  private static Outcome outcome(int status, StepTracker tracker) {
    if (status == 0 && tracker.ended()) {
      return new Outcome.Completed();
    }
    if (status == INTERRUPTED) {
      return new Outcome.Interrupted(tracker.current(), tracker.runningFor());
    }
    return new Outcome.Failed(
        tracker.current(), status, tracker.stderrTail(), tracker.runningFor());
  }

  /** The shell reads nothing from plumb: its standard input is at its end from the start. */
  private static void closeQuietly(Process shell) {
    try {
      shell.getOutputStream().close();
    } catch (IOException e) {
      // nothing was written, nothing is lost
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
