package dev.plumb.cli;

import dev.plumb.RunResult;
import dev.plumb.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * How a run ended, in lines for a person: where the author can fix a failure (the step, its
 * command, exit status, last stderr lines, the template line and the include and block chain that
 * led there). The text report and the log both print it.
 */
final class RunReport {
  /** How many lines of a long command (a here-document) the report shows. */
  static final int COMMAND_LINES = 6;

  private RunReport() {}

  static List<String> lines(RunResult result, int steps) {
    return lines(result, steps, 1);
  }

  /**
   * @param first the first step the run runs: a resume's, whose replayed shell state (its {@code
   *     cd}…) is set before it and may fail there
   */
  static List<String> lines(RunResult result, int steps, int first) {
    List<String> out = new ArrayList<>();
    if (result instanceof RunResult.Completed completed) {
      // the script's steps: a resume runs fewer, one with nothing left to do none at all
      int all = completed.steps();
      out.add("completed " + all + (all == 1 ? " step" : " steps"));
      return out;
    }
    if (result instanceof RunResult.NotStarted notStarted) {
      out.add("nothing ran: " + notStarted.reason());
      return out;
    }
    Step step = result.endedIn();
    String at = step == null ? "before step " + first : "step " + step.number() + " of " + steps;
    if (result instanceof RunResult.Failed failed) {
      out.add(
          failed.exitStatus() == 0
              ? at + " ended the script early (exit status 0)"
              : at + " failed with exit status " + failed.exitStatus());
    } else if (result instanceof RunResult.TimedOut timedOut) {
      out.add(at + " timed out after " + Durations.written(timedOut.limit()));
    } else {
      out.add("interrupted at " + at);
    }
    if (step != null) {
      where(step, out);
    }
    if (result instanceof RunResult.Failed failed && !failed.stderrTail().isEmpty()) {
      out.add("  stderr (last lines):");
      failed.stderrTail().forEach(line -> out.add("    " + line));
    }
    return out;
  }

  /** How a resume begins: {@code resuming at step 3 of 7 (steps 1-2 done; state of 2 replayed)}. */
  static String resumed(Step first, List<Step> replayed, int steps) {
    int done = first.number() - 1;
    String state =
        replayed.isEmpty()
            ? ""
            : "; the shell state of step"
                + (replayed.size() == 1 ? " " : "s ")
                + String.join(
                    ", ", replayed.stream().map(s -> Integer.toString(s.number())).toList())
                + " set again";
    return "resuming at step "
        + first.number()
        + " of "
        + steps
        + " (step"
        + (done == 1 ? " 1" : "s 1-" + done)
        + " done"
        + state
        + ")";
  }

  /** The step's command and the template line it came from. */
  private static void where(Step step, List<String> out) {
    String[] command = step.text().split("\n");
    out.add("  command:  " + command[0]);
    int shown = Math.min(command.length, COMMAND_LINES);
    for (int i = 1; i < shown; i++) {
      out.add("            " + command[i]);
    }
    if (shown < command.length) {
      out.add("            … (" + (command.length - shown) + " more lines: plumb plan shows them)");
    }
    out.add("  template: " + step.origin().path() + ":" + step.origin().line());
    if (!step.via().isEmpty()) {
      out.add("  via:      " + PlanText.chain(step.via()));
    }
  }
}
