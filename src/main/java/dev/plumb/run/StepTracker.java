package dev.plumb.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Which step is running, told by the marker file; every event of a run goes through here, one at a
 * time. Before a line of output is reported the marker file is read again: its step's marker was
 * written before the command that wrote the line ran, so the line is told with the right step.
 */
final class StepTracker {
  /** How many of the running step's stderr lines a failure shows. */
  static final int TAIL = 10;

  private final MarkerFile markers;
  private final Mask mask;
  private final Events events;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private int current;
  private long startedAt;
  private boolean ended;
  private boolean closed;

  StepTracker(MarkerFile markers, Mask mask, Events events) {
    this.markers = markers;
    this.mask = mask;
    this.events = events;
  }

  /** Reads the markers written since the last look: steps that finished, a step that began. */
  synchronized void sync() {
    if (closed) {
      return;
    }
    List<Marker> found;
    try {
      found = markers.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Marker marker : found) {
      long now = System.nanoTime();
      if (current > 0) {
        events.stepFinished(current, Duration.ofNanos(now - startedAt));
      }
      startedAt = now;
      stderrTail.clear();
      if (marker instanceof Marker.Begin begin) {
        current = begin.number();
        events.stepStarted(current);
      } else {
        ended = true;
      }
    }
  }

  synchronized void output(boolean stderr, String line) {
    sync();
    if (closed) {
      return;
    }
    String masked = mask.apply(line);
    if (stderr) {
      if (stderrTail.size() == TAIL) {
        stderrTail.removeFirst();
      }
      stderrTail.addLast(masked);
    }
    events.output(ended ? 0 : current, stderr, masked);
  }

  /** The running step, 0 before step 1 and after the script's end. */
  synchronized int current() {
    return ended ? 0 : current;
  }

  /** Whether the script ran past its last step. */
  synchronized boolean ended() {
    return ended;
  }

  /** Whether the running step began longer than {@code limit} ago. */
  synchronized boolean overdue(Duration limit) {
    return !ended && current > 0 && System.nanoTime() - startedAt > limit.toNanos();
  }

  /** How long the running step has run; zero before step 1. */
  synchronized Duration runningFor() {
    return current == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startedAt);
  }

  synchronized List<String> stderrTail() {
    return List.copyOf(stderrTail);
  }

  /** No more events: the run has its outcome; lines a daemonized child writes later are dropped. */
  synchronized void close() {
    closed = true;
  }
}
