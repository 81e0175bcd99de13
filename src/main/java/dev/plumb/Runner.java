package dev.plumb;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs compiled scripts, step by step ({@link Script#steps()}), in one shell process per run, and
 * tells a {@link RunListener} how far each got. Before each step the shell appends the step's
 * number to a marker file of the run's own (never to the script's stdout or stderr), and sends each
 * step's output to files of its own, read line by line; a step is finished when the next marker, or
 * the script's end, comes. Every secret the script reads must be set in the run's environment, or
 * nothing runs. A runner holds no state between runs: one runner may run scripts on several threads
 * at once.
 *
 * <pre>{@code
 * Runner runner = Runner.builder().shell(Shell.DASH).stepTimeout(Duration.ofMinutes(5))
 *     .listener(myListener).build();
 * RunHandle run = runner.start(script);   // or runner.run(script) in this thread
 * ... run.cancel();                       // from any thread
 * RunResult result = run.await();
 * }</pre>
 */
public final class Runner {
  private final Shell shell;
  private final Duration stepTimeout;
  private final Map<String, String> environment;
  private final Path directory;
  private final List<RunListener> listeners;

  private Runner(Builder b) {
    this.shell = b.shell;
    this.stepTimeout = b.stepTimeout;
    this.environment = Map.copyOf(b.environment);
    this.directory = b.directory;
    this.listeners = List.copyOf(b.listeners);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs {@code script} in this thread to its result. Interrupting this thread cancels the run.
   *
   * @throws IllegalStateException with what a listener threw, when one did
   */
  public RunResult run(Script script) {
    return prepare(script, null).run();
  }

  /**
   * Runs {@code script} as {@link #run(Script)} does, recording it in {@code journal}, or resuming
   * the run it records: a resume that is refused (the script changed, the run's shell still runs, a
   * step was running when the run stopped being recorded, a skipped step set state that cannot be
   * restored) runs nothing and is {@link RunResult.NotStarted} with the reason; a resume of a run
   * that had finished runs nothing and is {@link RunResult.Completed}.
   */
  public RunResult run(Script script, RunJournal journal) {
    return prepare(script, Objects.requireNonNull(journal)).run();
  }

  /** Starts {@code script} on a thread of its own: cancel it, or wait for it, with the handle. */
  public RunHandle start(Script script) {
    return start(script, null);
  }

  /**
   * Starts {@code script} on a thread of its own, with {@code journal} as {@link #run(Script,
   * RunJournal)} has it (null for none).
   */
  public RunHandle start(Script script, RunJournal journal) {
    ScriptRun run = prepare(script, journal);
    CompletableFuture<RunResult> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(run.run());
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            },
            "plumb-run");
    thread.start();
    return new RunHandle(run::cancel, result);
  }

  private ScriptRun prepare(Script script, RunJournal journal) {
    return new ScriptRun(
        script, shell, stepTimeout, environment, directory, new Listeners(listeners), journal);
  }

  /** How runs are made; every setting has a default. */
  public static final class Builder {
    private Shell shell = Shell.SH;
    private Duration stepTimeout;
    private Map<String, String> environment = System.getenv();
    private Path directory = Path.of("").toAbsolutePath();
    private final List<RunListener> listeners = new ArrayList<>();

    private Builder() {}

    /** The shell to run with; {@link Shell#SH} by default. */
    public Builder shell(Shell shell) {
      this.shell = Objects.requireNonNull(shell);
      return this;
    }

    /** How long one step may run before its processes are ended; no limit by default. */
    public Builder stepTimeout(Duration limit) {
      if (limit != null && (limit.isNegative() || limit.isZero())) {
        throw new IllegalArgumentException("a step timeout must be positive: " + limit);
      }
      this.stepTimeout = limit;
      return this;
    }

    /**
     * The shell's whole environment, secrets included; plumb's own by default. The run adds its
     * folder variable, {@code PLUMB_RUN_DIR}.
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** The folder the shell starts in; plumb's own by default. */
    public Builder directory(Path directory) {
      this.directory = directory.toAbsolutePath();
      return this;
    }

    /** Adds a listener (a progress display, a log, a journal); each gets every call, in order. */
    public Builder listener(RunListener listener) {
      listeners.add(Objects.requireNonNull(listener));
      return this;
    }

    public Runner build() {
      return new Runner(this);
    }
  }
}
