package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.diag.Diagnostic;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one step of plumb on one input with a time bound, and fails the test, naming the input,
 * unless the step ends in its result or in a {@link PlumbException} whose diagnostics are well
 * formed: any other exception or error, or a step that outlives the bound, fails.
 */
final class Bounded {
  static final long SECONDS = 5;

  private static ExecutorService executor = newExecutor();

  private Bounded() {}

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(
        task -> {
          // the stack of the java launcher's main thread, where the CLI runs (1 MiB on Linux x64)
          Thread thread = new Thread(null, task, "plumb-robust", 1L << 20);
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * The step's result, or null when it threw a {@link PlumbException}.
   *
   * @param input describes the input for the failure message (called only on failure)
   */
  static <T> T run(String step, Supplier<String> input, Callable<T> action) {
    Future<T> future = executor.submit(action);
    try {
      T result = future.get(SECONDS, TimeUnit.SECONDS);
      if (result instanceof Script script && !script.text().startsWith("#!/bin/sh\n")) {
        fail(step + " returned a script without its header, for " + input.get());
      }
      if (result instanceof List<?> list) {
        list.forEach(d -> wellFormed((Diagnostic) d, step, input));
      }
      return result;
    } catch (TimeoutException e) {
      future.cancel(true);
      // the stuck thread cannot be stopped; later steps get a fresh one
      executor = newExecutor();
      return fail(step + " took more than " + SECONDS + " s, for " + input.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof PlumbException plumb) {
        if (plumb.diagnostics().isEmpty()) {
          fail(step + " threw a PlumbException without diagnostics, for " + input.get());
        }
        plumb.diagnostics().forEach(d -> wellFormed(d, step, input));
        return null;
      }
      return fail(step + " threw " + cause + " for " + input.get(), cause);
    }
  }

  /**
   * The diagnostics of the {@link PlumbException} the step must throw; fails when it returns
   * normally.
   */
  static List<Diagnostic> failure(String step, Supplier<String> input, Callable<?> action) {
    List<List<Diagnostic>> thrown = new java.util.ArrayList<>();
    Object result =
        run(
            step,
            input,
            () -> {
              try {
                return action.call();
              } catch (PlumbException e) {
                thrown.add(e.diagnostics());
                throw e;
              }
            });
    if (result != null || thrown.isEmpty()) {
      fail(step + " succeeded, but should have failed, for " + input.get());
    }
    return thrown.get(0);
  }

  private static void wellFormed(Diagnostic d, String step, Supplier<String> input) {
    if (d.code() == null
        || d.severity() == null
        || d.span() == null
        || d.message() == null
        || d.message().isBlank()) {
      fail(step + " gave a malformed diagnostic " + d + " for " + input.get());
    }
  }
}
