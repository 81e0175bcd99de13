package dev.plumb.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Which step is running, told by the marker file, and the output of each step, read from the step's
 * own files: every event of a run is made here, by the one thread that watches the run. When step
 * k+1's marker is there, step k's commands have ended and its files hold all it wrote, so its last
 * lines are told before it is told finished. Output that a process a finished step left running
 * writes later (a daemon) is not read.
 */
final class StepTracker {
  /** How many of the running step's stderr lines a failure shows. */
  static final int TAIL = 10;

  private final Path folder;
  private final MarkerFile markers;
  private final Mask mask;
  private final Events events;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private OutputFile out;
  private OutputFile err;
  private int current;
  private long startedAt;
  private boolean ended;

  StepTracker(Path folder, int steps, int first, Mask mask, Events events) {
    this.folder = folder;
    this.markers = new MarkerFile(folder.resolve(Instrumented.MARKERS), steps, first);
    this.mask = mask;
    this.events = events;
    follow(0);
  }

  /** Reads what was written since the last look: output, steps that finished, a step that began. */
  void poll() throws IOException {
    for (Marker marker : markers.next()) {
      drain(true);
      forget();
      long now = System.nanoTime();
      if (current > 0) {
        events.stepFinished(current, Duration.ofNanos(now - startedAt));
      }
      startedAt = now;
      stderrTail.clear();
      if (marker instanceof Marker.Begin begin) {
        follow(begin.number());
        events.stepStarted(current);
      } else {
        ended = true;
      }
    }
    if (!ended) {
      drain(false);
    }
  }

  /** The shell has exited: everything it wrote is read, unfinished last lines too. */
  void finish() throws IOException {
    poll();
    if (!ended) {
      drain(true);
    }
  }

  /**
   * Deletes the files of a step that is over and read: they hold its output as written, secrets and
   * all, and nothing needs them longer.
   */
  private void forget() throws IOException {
    out.delete();
    err.delete();
  }

  private void follow(int step) {
    current = step;
    out = new OutputFile(folder.resolve(Instrumented.output(step, false)));
    err = new OutputFile(folder.resolve(Instrumented.output(step, true)));
  }

  /** The running step's new lines; with {@code all}, an unfinished last line too. */
  private void drain(boolean all) throws IOException {
    tell(out.lines(), false);
    tell(err.lines(), true);
    if (all) {
      tell(out.rest(), false);
      tell(err.rest(), true);
    }
  }

  private void tell(List<String> lines, boolean stderr) {
    for (String line : lines) {
      String masked = mask.apply(line);
      if (stderr) {
        if (stderrTail.size() == TAIL) {
          stderrTail.removeFirst();
        }
        stderrTail.addLast(masked);
      }
      events.output(current, stderr, masked);
    }
  }

  /** The running step, 0 before step 1 and after the script's end. */
  int current() {
    return ended ? 0 : current;
  }

  /** Whether the script ran past its last step. */
  boolean ended() {
    return ended;
  }

  /** Whether the running step began longer than {@code limit} ago. */
  boolean overdue(Duration limit) {
    return !ended && current > 0 && System.nanoTime() - startedAt > limit.toNanos();
  }

  /** How long the running step has run; zero before step 1. */
  Duration runningFor() {
    return current == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startedAt);
  }

  List<String> stderrTail() {
    return List.copyOf(stderrTail);
  }
}
