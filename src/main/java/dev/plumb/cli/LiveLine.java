package dev.plumb.cli;

import dev.plumb.Step;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code plumb run}'s line on a terminal, rewritten in place: a bar of the steps done, the step
 * running, its command shortened and how long it has run ({@code [######----] step 3/7 mkdisk
 * --size 2G web1.img 4.1s}). A timer redraws it twice a second so that the time moves while a step
 * runs.
 */
final class LiveLine {
  static final int BAR = 20;

  /** The command's width: with the bar, the step and the time the line stays within 80 columns. */
  static final int COMMAND = 40;

  private final PrintStream err;
  private final int total;
  private final ScheduledExecutorService timer;
  private Step step;
  private long startedAt;

  LiveLine(PrintStream err, int total) {
    this.err = err;
    this.total = total;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "plumb-run-progress");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(this::draw, 500, 500, TimeUnit.MILLISECONDS);
  }

  synchronized void step(Step running) {
    step = running;
    startedAt = System.nanoTime();
    draw();
  }

  synchronized void draw() {
    if (step == null) {
      return;
    }
    int done = step.number() - 1;
    int filled = total == 0 ? BAR : done * BAR / total;
    err.print(
        "\r\033[K["
            + "#".repeat(filled)
            + "-".repeat(BAR - filled)
            + "] step "
            + step.number()
            + "/"
            + total
            + " "
            + shortened(step.text())
            + " "
            + Durations.show(java.time.Duration.ofNanos(System.nanoTime() - startedAt)));
    err.flush();
  }

  /** Prints a line above the live line: the timer cannot draw in between. */
  synchronized void above(Runnable print) {
    clear();
    print.run();
    draw();
  }

  /** Clears the line, so that what is printed next starts at the left margin. */
  synchronized void clear() {
    err.print("\r\033[K");
    err.flush();
  }

  synchronized void stop() {
    timer.shutdownNow();
    step = null;
    clear();
  }

  /** A command's first line, without a continuation's backslash, cut to {@link #COMMAND}. */
  static String shortened(String text) {
    String first = text.lines().findFirst().orElse("").strip();
    if (first.endsWith("\\")) {
      first = first.substring(0, first.length() - 1).strip() + " …";
    }
    return first.length() <= COMMAND ? first : first.substring(0, COMMAND - 1) + "…";
  }
}
