package dev.plumb;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A run going on in a thread of its own ({@link Runner#start}): cancel it from any thread, wait for
 * its result.
 */
public final class RunHandle {
  private final Runnable cancel;
  private final CompletableFuture<RunResult> result;

  RunHandle(Runnable cancel, CompletableFuture<RunResult> result) {
    this.cancel = cancel;
    this.result = result;
  }

  /**
   * Stops the run: the running step's processes are ended (SIGTERM, then SIGKILL after two seconds)
   * and the result is {@link RunResult.Interrupted}. Does nothing once the run is over.
   */
  public void cancel() {
    cancel.run();
  }

  /** Whether the run is over. */
  public boolean isDone() {
    return result.isDone();
  }

  /**
   * Waits for the run's result.
   *
   * @throws IllegalStateException with what a listener threw, when one did
   */
  public RunResult await() throws InterruptedException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
