package dev.plumb.cli;

import dev.plumb.RunListener;
import dev.plumb.RunResult;
import dev.plumb.Script;
import dev.plumb.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;

/**
 * {@code plumb run --log FILE}: the run told line by line into a file (appended to), the script's
 * output with it, each line saying its step and stream ({@code step 3 stderr: …}); secrets are
 * masked as everywhere. Written and flushed as it goes, so that the file says how far a run got
 * even when plumb is killed.
 */
final class RunLog implements RunListener, AutoCloseable {
  private final Writer out;
  private int total;

  /** The first step the run runs: 1, or where a resume begins. */
  private int first = 1;

  RunLog(Writer out) {
    this.out = out;
  }

  @Override
  public void runStarted(Script script) {
    total = script.steps().size();
    write("run started: " + total + " steps, script sha256 " + script.sha256());
  }

  @Override
  public void runResumed(Step first, List<Step> replayed) {
    this.first = first.number();
    write(RunReport.resumed(first, replayed, total));
  }

  @Override
  public void stepStarted(Step step) {
    write(
        "step "
            + step.number()
            + " started: "
            + step.origin().path()
            + ":"
            + step.origin().line()
            + ": "
            + LiveLine.shortened(step.text()));
  }

  @Override
  public void output(Step step, Stream stream, String line) {
    write(
        "step "
            + (step == null ? 0 : step.number())
            + (stream == Stream.STDOUT ? " stdout: " : " stderr: ")
            + line);
  }

  @Override
  public void stepFinished(Step step, Duration took) {
    write("step " + step.number() + " finished in " + Durations.show(took));
  }

  @Override
  public void runFinished(RunResult result, Duration took) {
    RunReport.lines(result, total, first).forEach(this::write);
  }

  private void write(String line) {
    try {
      out.write(line + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
