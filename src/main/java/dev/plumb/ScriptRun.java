package dev.plumb;

import dev.plumb.run.Events;
import dev.plumb.run.Journal;
import dev.plumb.run.JournalEvents;
import dev.plumb.run.Outcome;
import dev.plumb.run.ShellRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of one script for a {@link Runner}: checks its secrets, runs it instrumented ({@link
 * ShellRun}) and tells the listener in steps rather than numbers.
 */
final class ScriptRun implements Events {
  private final Script script;
  private final List<Step> steps;
  private final RunListener listener;
  private final Map<String, String> environment;
  private final Shell shellKind;
  private final Duration stepTimeout;
  private final Path directory;
  private final RunJournal journal;
  private final long startedAt = System.nanoTime();
  private volatile ShellRun shell;
  private volatile boolean cancelled;
  private volatile RuntimeException listenerFailure;

  ScriptRun(
      Script script,
      Shell shell,
      Duration stepTimeout,
      Map<String, String> environment,
      Path directory,
      RunListener listener,
      RunJournal journal) {
    this.script = script;
    this.steps = script.steps();
    this.listener = listener;
    this.environment = environment;
    this.shellKind = shell;
    this.stepTimeout = stepTimeout;
    this.directory = directory;
    this.journal = journal;
  }

  void cancel() {
    cancelled = true;
    ShellRun running = shell;
    if (running != null) {
      running.cancel();
    }
  }

  RunResult run() {
    List<String> missing =
        script.secrets().stream().filter(name -> !environment.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      return notRun(
          new RunResult.NotStarted(
              "the script reads secrets that are not set: " + String.join(", ", missing), missing));
    }
    RunStart start;
    try {
      start = RunStart.of(script, journal);
    } catch (IOException e) {
      return notRun(
          new RunResult.NotStarted(
              "cannot use the journal " + journal.file() + ": " + e.getMessage(), List.of()));
    }
    if (start.instead() != null) {
      return notRun(start.instead());
    }
    try (Journal written = start.journal()) {
      return runShell(start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the run's journal", e);
    }
  }

  private RunResult notRun(RunResult result) {
    listener.runFinished(result, took());
    return result;
  }

  private RunResult runShell(RunStart start) {
    JournalEvents journaled =
        start.journal() == null
            ? null
            : new JournalEvents(start.journal(), start.folder(), start.first(), this, this::cancel);
    shell =
        new ShellRun(
            new ShellRun.Setup(
                shellKind.command(),
                directory,
                environment,
                stepTimeout,
                script.secrets().stream().map(environment::get).filter(Objects::nonNull).toList(),
                steps.size(),
                start.first(),
                start.folder()),
            start.text(),
            journaled == null ? this : journaled);
    if (cancelled) {
      shell.cancel();
    }
    listener.runStarted(script);
    if (start.first() > 1) {
      listener.runResumed(step(start.first()), start.replayed().stream().map(this::step).toList());
    }
    Outcome outcome = shellOutcome();
    if (journaled != null) {
      journaled.ended(outcome);
      if (journaled.failure() != null) {
        throw new UncheckedIOException("cannot write the run's journal", journaled.failure());
      }
    }
    RunResult result = result(outcome);
    guard(
        () -> {
          if (result.endedIn() != null) {
            listener.stepFailed(result.endedIn(), result, outcome.stepTook());
          }
          listener.runFinished(result, took());
        });
    if (listenerFailure != null) {
      throw new IllegalStateException("a run listener failed", listenerFailure);
    }
    return result;
  }

  private Outcome shellOutcome() {
    try {
      return shell.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Interrupted(0, Duration.ZERO);
    }
  }

  private RunResult result(Outcome outcome) {
    if (outcome instanceof Outcome.Failed failed) {
      return new RunResult.Failed(step(failed.step()), failed.status(), failed.stderrTail());
    }
    if (outcome instanceof Outcome.Interrupted interrupted) {
      return new RunResult.Interrupted(step(interrupted.step()));
    }
    if (outcome instanceof Outcome.TimedOut timedOut) {
      return new RunResult.TimedOut(step(timedOut.step()), timedOut.limit());
    }
    if (outcome instanceof Outcome.NotStarted notStarted) {
      return new RunResult.NotStarted(notStarted.reason(), List.of());
    }
    return new RunResult.Completed(steps.size());
  }

  private Duration took() {
    return Duration.ofNanos(System.nanoTime() - startedAt);
  }

  private Step step(int number) {
    return number >= 1 && number <= steps.size() ? steps.get(number - 1) : null;
  }

  @Override
  public void stepStarted(int step) {
    guard(() -> listener.stepStarted(step(step)));
  }

  @Override
  public void stepFinished(int step, Duration took) {
    guard(() -> listener.stepFinished(step(step), took));
  }

  @Override
  public void output(int step, boolean stderr, String line) {
    RunListener.Stream stream = stderr ? RunListener.Stream.STDERR : RunListener.Stream.STDOUT;
    guard(() -> listener.output(step(step), stream, line));
  }

  /** A listener that throws stops the run: what it would have been told next is lost. */
  private void guard(Runnable call) {
    if (listenerFailure != null) {
      return;
    }
    try {
      call.run();
    } catch (RuntimeException e) {
      listenerFailure = e;
      shell.cancel();
    }
  }
}
