package dev.plumb.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes a run's journal as the run's events come, then passes each on. A step is written done only
 * when the tracker tells it finished (the shell went on to the next marker or the end), and the
 * journal line is on the disk before the events go on. A journal that cannot be written stops the
 * run ({@code stop}) and writes nothing more: {@link #failure()} says why.
 */
public final class JournalEvents implements Events {
  private final Journal journal;
  private final Path folder;
  private final int from;
  private final Events next;
  private final Runnable stop;
  private IOException failure;

  /**
   * @param folder the run's folder ({@link Resumption#folder}), deleted once the journal says the
   *     run finished
   * @param from the first step the run runs
   */
  public JournalEvents(Journal journal, Path folder, int from, Events next, Runnable stop) {
    this.journal = journal;
    this.folder = folder;
    this.from = from;
    this.next = next;
    this.stop = stop;
  }

  /** Why the journal could not be written, or null. */
  public IOException failure() {
    return failure;
  }

  @Override
  public void shellStarting() {
    write(() -> journal.runFrom(from));
    next.shellStarting();
  }

  @Override
  public void shellStarted(long pid, long startMillis) {
    write(() -> journal.shell(pid, startMillis));
    next.shellStarted(pid, startMillis);
  }

  @Override
  public void stepStarted(int step) {
    next.stepStarted(step);
  }

  @Override
  public void stepFinished(int step, Duration took) {
    write(() -> journal.done(step));
    next.stepFinished(step, took);
  }

  @Override
  public void output(int step, boolean stderr, String line) {
    next.output(step, stderr, line);
  }

  /** Writes how the run ended; an end before step 1 (or a run not started) names no step. */
  public void ended(Outcome outcome) {
    write(
        () -> {
          if (outcome instanceof Outcome.Completed) {
            journal.finished();
            ShellRun.delete(folder);
          } else if (outcome instanceof Outcome.Failed f && f.step() > 0) {
            journal.failed(f.step(), f.status());
          } else if (outcome instanceof Outcome.Interrupted i && i.step() > 0) {
            journal.stopped(i.step(), "interrupted");
          } else if (outcome instanceof Outcome.TimedOut t && t.step() > 0) {
            journal.stopped(t.step(), "timed-out");
          }
        });
  }

  private interface Write {
    void run() throws IOException;
  }

  private void write(Write line) {
    if (failure != null) {
      return;
    }
    try {
      line.run();
    } catch (IOException e) {
      failure = e;
      stop.run();
    }
  }
}
