package dev.plumb.cli;

import dev.plumb.Pack;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line on stderr, rewritten in place ({@code plumb build: 120/576}), shown only when a
 * person reads stderr; safe to advance from several threads.
 */
final class Progress {
  private final Terminal terminal;
  private final String command;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();
  private volatile long shownAt;

  Progress(Terminal terminal, String command, int total) {
    this.terminal = terminal;
    this.command = command;
    this.total = total;
  }

  /**
   * How many entries building {@code pack} with {@code valueSets} sets makes: every operation in
   * every cell, with each set. Counted from the declarations, not by resolving the matrix, which
   * the build itself does.
   */
  static int entries(Pack pack, int valueSets) {
    long total = (long) pack.operations().size() * valueSets;
    for (var values : pack.axes().values()) {
      total = Math.min(Integer.MAX_VALUE, total * values.size());
    }
    return (int) total;
  }

  void step() {
    int now = done.incrementAndGet();
    if (!terminal.interactive()) {
      return;
    }
    long time = System.nanoTime();
    // at most ten redraws a second: a terminal is slower than the compiler
    if (now == total || time - shownAt > 100_000_000L) {
      shownAt = time;
      synchronized (this) {
        terminal.err().print("\rplumb " + command + ": " + now + "/" + total);
        terminal.err().flush();
      }
    }
  }

  /** Clears the line, so the summary that follows starts at the left margin. */
  void end() {
    if (terminal.interactive()) {
      synchronized (this) {
        terminal.err().print("\r\033[K");
        terminal.err().flush();
      }
    }
  }
}
