package dev.plumb;

import java.time.Duration;
import java.util.List;

/**
 * How a {@link Runner}'s run ended. Each failing outcome names the step it ended in, whose {@link
 * Step#origin()} and {@link Step#via()} say which template line (through which includes and block
 * overrides) to fix; that step is null when the run ended before step 1.
 */
public sealed interface RunResult {
  /** Every step ran and the script reached its end. */
  record Completed(int steps) implements RunResult {}

  /**
   * A command of {@code step} failed with {@code exitStatus} and the shell stopped ({@code set
   * -e}); status 0 when the step ended the script early ({@code exit 0}).
   *
   * @param stderrTail the step's last lines on stderr (at most ten), secrets masked
   */
  record Failed(Step step, int exitStatus, List<String> stderrTail) implements RunResult {
    public Failed {
      stderrTail = List.copyOf(stderrTail);
    }
  }

  /** Cancelled ({@link RunHandle#cancel()}), or the shell died of SIGINT, during {@code step}. */
  record Interrupted(Step step) implements RunResult {}

  /** {@code step} ran longer than {@code limit}; its processes were ended. */
  record TimedOut(Step step, Duration limit) implements RunResult {}

  /**
   * Nothing ran: the shell could not start, or secrets the script reads are not set.
   *
   * @param missingSecrets the unset {@code PLUMB_SECRET_…} variables, in the script's order
   */
  record NotStarted(String reason, List<String> missingSecrets) implements RunResult {
    public NotStarted {
      missingSecrets = List.copyOf(missingSecrets);
    }
  }

  /** The step the run ended in, or null (completed, not started, or before step 1). */
  default Step endedIn() {
    if (this instanceof Failed failed) {
      return failed.step();
    }
    if (this instanceof Interrupted interrupted) {
      return interrupted.step();
    }
    return this instanceof TimedOut timedOut ? timedOut.step() : null;
  }
}
