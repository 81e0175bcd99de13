package dev.plumb.run;

import dev.plumb.RunListener;
import dev.plumb.RunResult;
import dev.plumb.Script;
import dev.plumb.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every call a run made, one a line, in order, without durations (which are never compared). */
class RecordingListener implements RunListener {
  final List<String> calls = new ArrayList<>();

  @Override
  public synchronized void runStarted(Script script) {
    calls.add("run started " + script.steps().size());
  }

  @Override
  public synchronized void stepStarted(Step step) {
    calls.add("started " + step.number());
  }

  @Override
  public synchronized void stepFinished(Step step, Duration took) {
    calls.add("finished " + step.number());
  }

  @Override
  public synchronized void stepFailed(Step step, RunResult how, Duration took) {
    calls.add("failed " + step.number());
  }

  @Override
  public synchronized void output(Step step, Stream stream, String line) {
    calls.add((step == null ? 0 : step.number()) + " " + stream + " " + line);
  }

  @Override
  public synchronized void runFinished(RunResult result, Duration took) {
    calls.add("run finished " + result.getClass().getSimpleName());
  }

  synchronized String all() {
    return String.join("\n", calls);
  }
}
