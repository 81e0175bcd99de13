package dev.plumb.cli;

import dev.plumb.RunListener;
import dev.plumb.RunResult;
import dev.plumb.Script;
import dev.plumb.Step;
import java.time.Duration;
import java.util.List;

/**
 * {@code plumb run}'s progress for a person, on stderr: on a terminal a live line ({@link
 * LiveLine}), otherwise a line as each step starts; the script's own output passes through (its
 * stdout to stdout, its stderr to stderr, line by line, secrets masked) unless it goes to a log;
 * last, how the run ended ({@link RunReport}).
 */
final class RunText implements RunListener {
  private final Terminal terminal;
  private final boolean passOutput;
  private LiveLine live;
  private int total;

  /** The first step the run runs: 1, or where a resume begins. */
  private int first = 1;

  /**
   * @param passOutput whether the script's output goes to plumb's stdout and stderr (not with
   *     {@code --log})
   */
  RunText(Terminal terminal, boolean passOutput) {
    this.terminal = terminal;
    this.passOutput = passOutput;
  }

  @Override
  public void runStarted(Script script) {
    total = script.steps().size();
    if (terminal.interactive()) {
      live = new LiveLine(terminal.err(), total);
    }
  }

  @Override
  public void runResumed(Step first, List<Step> replayed) {
    this.first = first.number();
    terminal.err().println("plumb run: " + RunReport.resumed(first, replayed, total));
  }

  @Override
  public void stepStarted(Step step) {
    if (live != null) {
      live.step(step);
    } else {
      terminal
          .err()
          .println(
              "plumb run: step "
                  + step.number()
                  + "/"
                  + total
                  + ": "
                  + LiveLine.shortened(step.text()));
    }
  }

  @Override
  public void output(Step step, Stream stream, String line) {
    if (!passOutput) {
      return;
    }
    Runnable print =
        () -> (stream == Stream.STDOUT ? terminal.out() : terminal.err()).println(line);
    if (live != null) {
      live.above(print);
    } else {
      print.run();
    }
  }

  @Override
  public void runFinished(RunResult result, Duration took) {
    if (live != null) {
      live.stop();
    }
    List<String> report = RunReport.lines(result, total, first);
    report.set(
        0,
        "plumb run: "
            + report.get(0)
            + (result instanceof RunResult.Completed ? " in " + Durations.show(took) : ""));
    report.forEach(terminal.err()::println);
    terminal.out().flush();
  }
}
