package dev.plumb.cli;

import dev.plumb.RunHandle;
import dev.plumb.RunJournal;
import dev.plumb.RunResult;
import dev.plumb.Runner;
import dev.plumb.Script;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or SIGTERM during {@code plumb run}: the JVM runs its shutdown hooks, and this
 * one cancels the run (its step's processes are ended) and waits until the run has told how it
 * ended, so that the interrupted step is reported before the JVM exits (with 130 for SIGINT). A
 * shutdown hook is the one way Java 17 has to hear of a signal without internal APIs.
 */
final class InterruptHook {
  /** How long the hook waits for the run to report, at most. */
  static final long REPORT_SECONDS = 10;

  private InterruptHook() {}

  /**
   * Runs {@code script} on the runner's thread, cancelled if the JVM is asked to stop.
   *
   * @param journal the run's journal, or null
   */
  static RunResult run(Runner runner, Script script, RunJournal journal) {
    RunHandle handle = runner.start(script, journal);
    CountDownLatch reported = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              handle.cancel();
              try {
                reported.await(REPORT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "plumb-run-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return handle.await();
    } catch (InterruptedException e) {
      handle.cancel();
      Thread.currentThread().interrupt();
      return new RunResult.Interrupted(null);
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook has run, or runs now and finds the run reported
      }
    }
  }
}
