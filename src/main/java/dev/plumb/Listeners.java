package dev.plumb;

import java.time.Duration;
import java.util.List;

/** Several listeners as one: each call goes to each, in the order they were added. */
final class Listeners implements RunListener {
  private final List<RunListener> all;

  Listeners(List<RunListener> all) {
    this.all = List.copyOf(all);
  }

  @Override
  public void runStarted(Script script) {
    all.forEach(l -> l.runStarted(script));
  }

  @Override
  public void runResumed(Step first, List<Step> replayed) {
    all.forEach(l -> l.runResumed(first, replayed));
  }

  @Override
  public void stepStarted(Step step) {
    all.forEach(l -> l.stepStarted(step));
  }

  @Override
  public void stepFinished(Step step, Duration took) {
    all.forEach(l -> l.stepFinished(step, took));
  }

  @Override
  public void stepFailed(Step step, RunResult how, Duration took) {
    all.forEach(l -> l.stepFailed(step, how, took));
  }

  @Override
  public void output(Step step, Stream stream, String line) {
    all.forEach(l -> l.output(step, stream, line));
  }

  @Override
  public void runFinished(RunResult result, Duration took) {
    all.forEach(l -> l.runFinished(result, took));
  }
}
