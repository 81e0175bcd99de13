package dev.plumb.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of an instrumented script ({@link Instrumented}) in one shell process: the shell runs the
 * whole script, so what a step sets ({@code cd}, {@code umask}, {@code export}) holds for the next.
 * The thread that calls {@link #run} watches the marker file and the steps' output files, ends the
 * process tree when a step runs too long or the run is cancelled, and says how the run ended. Its
 * files (the script, the markers, the output) live in a private temporary folder, deleted after.
 */
public final class ShellRun {
  /** How often the files and the clock are looked at while a step runs. */
  static final long POLL_MILLIS = 10;

  /** SIGINT's exit status: a shell that died of Ctrl-C. */
  private static final int INTERRUPTED = 128 + 2;

  /**
   * What a run needs besides its script.
   *
   * @param shell the shell's command, its arguments before the script's path
   * @param environment the whole environment of the shell (plumb's folder variable is added)
   * @param stepTimeout how long one step may run, or null for no limit
   * @param secretValues the values to mask in every line reported
   * @param steps how many steps the script has
   * @param first the first step the text runs (1, or where a resume begins)
   * @param folder the run's folder, kept after the run (a journaled run's, next to its journal, so
   *     that its marker file outlives plumb), or null for a private temporary one, deleted after
   */
  public record Setup(
      List<String> shell,
      Path directory,
      Map<String, String> environment,
      Duration stepTimeout,
      List<String> secretValues,
      int steps,
      int first,
      Path folder) {
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
    Path folder = setup.folder();
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("plumb-run");
      } else {
        privateFolder(folder);
      }
    } catch (IOException e) {
      return new Outcome.NotStarted("cannot make the run's folder: " + e.getMessage());
    }
    try {
      return runIn(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (setup.folder() == null) {
        delete(folder);
      } else {
        // the steps' output files hold their output unmasked: only the markers stay
        deleteOutput(folder);
      }
    }
  }

  private Outcome runIn(Path folder) throws IOException, InterruptedException {
    // a kept folder's files are a former run's, its markers read before this one began: afresh
    deleteOutput(folder);
    Path script = folder.resolve("script.sh");
    Files.writeString(script, text, StandardCharsets.UTF_8);
    Files.write(folder.resolve(Instrumented.MARKERS), new byte[0]);
    List<String> command = new ArrayList<>(setup.shell());
    command.add(script.toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(setup.directory().toFile())
            .redirectOutput(folder.resolve(Instrumented.output(0, false)).toFile())
            .redirectError(folder.resolve(Instrumented.output(0, true)).toFile());
    builder.environment().clear();
    builder.environment().putAll(setup.environment());
    builder.environment().put(Instrumented.FOLDER, folder.toString());
    if (cancelled) {
      return new Outcome.Interrupted(0, Duration.ZERO);
    }
    events.shellStarting();
    Process shell;
    try {
      shell = builder.start();
    } catch (IOException e) {
      return new Outcome.NotStarted(
          "cannot start " + String.join(" ", setup.shell()) + ": " + e.getMessage());
    }
    events.shellStarted(
        shell.pid(), shell.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L));
    return watch(
        shell,
        new StepTracker(
            folder, setup.steps(), setup.first(), new Mask(setup.secretValues()), events));
  }

  private Outcome watch(Process shell, StepTracker tracker)
      throws IOException, InterruptedException {
    // the shell reads nothing from plumb: its standard input is at its end from the start
    shell.getOutputStream().close();
    Outcome stopped = null;
    try {
      while (!shell.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        tracker.poll();
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
    tracker.finish();
    boolean completed = shell.exitValue() == 0 && tracker.ended();
    if (stopped == null && cancelled && !completed) {
      // Ctrl-C reached the step's command too, which ended before the cancel was seen: it was
      // still the cancel that ended it, whatever status the command chose
      stopped = new Outcome.Interrupted(tracker.current(), tracker.runningFor());
    }
    return stopped != null ? stopped : outcome(shell.exitValue(), tracker);
  }

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

  /**
   * Deletes the run's folder. Best effort: the run's outcome matters more than a file a step made
   * undeletable; the folder is private to this user either way.
   */
  /**
   * Makes {@code folder} if missing, readable by this user only (like a temporary one): the steps'
   * output files in it hold their output unmasked while the steps run.
   */
  static Path privateFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    return folder;
  }

  private static void deleteOutput(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals(Instrumented.MARKERS)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      // best effort, as for a temporary folder
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // left in the temporary folder, which the system cleans
    }
  }
}
