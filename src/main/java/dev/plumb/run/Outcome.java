package dev.plumb.run;

import java.time.Duration;
import java.util.List;

/** How a run ended. A step number 0 means before step 1. */
public sealed interface Outcome {
  /** How long the step the run ended in ran; zero when it ended in none. */
  default Duration stepTook() {
    if (this instanceof Failed failed) {
      return failed.took();
    }
    if (this instanceof Interrupted interrupted) {
      return interrupted.took();
    }
    return this instanceof TimedOut timedOut ? timedOut.took() : Duration.ZERO;
  }

  /** Every step finished and the shell exited 0. */
  record Completed() implements Outcome {}

  /**
   * The shell stopped during {@code step}: a command failed ({@code status} its exit status) or the
   * step ended the script early ({@code exit 0}: status 0 but the script's end never came).
   *
   * @param stderrTail the step's last lines on stderr, masked
   */
  record Failed(int step, int status, List<String> stderrTail, Duration took) implements Outcome {
    public Failed {
      stderrTail = List.copyOf(stderrTail);
    }
  }

  /** Cancelled, or the shell died of SIGINT (Ctrl-C reached it), during {@code step}. */
  record Interrupted(int step, Duration took) implements Outcome {}

  /** {@code step} ran longer than {@code limit}: its commands were ended. */
  record TimedOut(int step, Duration limit, Duration took) implements Outcome {}

  /** The shell could not be started. */
  record NotStarted(String reason) implements Outcome {}
}
