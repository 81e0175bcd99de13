package dev.plumb.run;

import java.time.Duration;

/**
 * What a run reports as it goes, by step number, one call at a time (never two at once), from the
 * thread that runs it. A step is reported finished only once the script went on past it.
 */
public interface Events {
  /** The run's folder is ready (its marker file empty) and the shell is about to start. */
  default void shellStarting() {}

  /**
   * The shell started as process {@code pid}, at {@code startMillis} since the epoch (-1 when the
   * system does not tell).
   */
  default void shellStarted(long pid, long startMillis) {}

  void stepStarted(int step);

  /** Step {@code step} ran to its end: the shell went on to the next step or the script's end. */
  void stepFinished(int step, Duration took);

  /**
   * A line the step's commands wrote, without its line end, every secret's value in it masked.
   *
   * @param step the step running when the line was read; 0 before step 1
   */
  void output(int step, boolean stderr, String line);
}
