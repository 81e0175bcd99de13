package dev.plumb;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link Runner} tells as a script runs. Calls come one at a time, never two at once, from
 * the thread that runs the script (the caller's for {@link Runner#run}, the run's own for {@link
 * Runner#start}), in the order things happened: a step's output lines between its start and its
 * end. They should return quickly: the shell's output waits meanwhile. A listener that throws
 * cancels the run; {@link Runner#run} then throws what it threw.
 *
 * <p>{@link #stepFinished} is called only for a step that truly finished: the shell went on past it
 * (to the next step's marker or the script's end). A step the run ended in gets {@link #stepFailed}
 * instead, never both.
 */
public interface RunListener {
  /** Which of the shell's streams a line came from. */
  enum Stream {
    STDOUT,
    STDERR
  }

  /** The shell is about to start; {@code script.steps()} are the steps to come. */
  default void runStarted(Script script) {}

  /**
   * The run resumes a journaled one ({@link RunJournal#resume}) at {@code first}, after {@link
   * #runStarted}: the steps before it had finished and do not run again; the shell state that the
   * steps {@code replayed} set ({@code cd}, {@code export}…) is set again first. Those steps are
   * not started, finished or failed.
   */
  default void runResumed(Step first, List<Step> replayed) {}

  default void stepStarted(Step step) {}

  default void stepFinished(Step step, Duration took) {}

  /**
   * The run ended during {@code step}: {@code how} is {@link RunResult.Failed}, {@link
   * RunResult.TimedOut} or {@link RunResult.Interrupted}. Called just before {@link #runFinished}.
   */
  default void stepFailed(Step step, RunResult how, Duration took) {}

  /**
   * A line the script wrote, without its line end, with every secret's value replaced by {@code
   * ***}.
   *
   * @param step the step running when it was written, or null before step 1 or after the last
   */
  default void output(Step step, Stream stream, String line) {}

  /** The run's outcome, last of all calls; also for a run refused before it started. */
  default void runFinished(RunResult result, Duration took) {}
}
