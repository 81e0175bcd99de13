package dev.plumb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Cell;
import dev.plumb.RunListener;
import dev.plumb.RunResult;
import dev.plumb.Script;
import dev.plumb.Shell;
import dev.plumb.Step;
import dev.plumb.diag.format.JsonLayout;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code plumb run --format json}: one JSON object per line on stdout, each with its {@code
 * "event"}: {@code run-started} (with {@code "version": 1}, the script's SHA-256 and step count),
 * {@code step-started}, {@code output}, {@code step-finished} (its {@code status}: {@code ok} only
 * when the step truly finished, else {@code failed}, {@code timed-out} or {@code interrupted}) and
 * {@code run-finished} with the result. The README lists every field.
 */
final class RunJson implements RunListener {
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private final PrintStream out;
  private final String operation;
  private final Cell cell;
  private final Shell shell;

  RunJson(PrintStream out, String operation, Cell cell, Shell shell) {
    this.out = out;
    this.operation = operation;
    this.cell = cell;
    this.shell = shell;
  }

  @Override
  public void runStarted(Script script) {
    ObjectNode event = event("run-started");
    event.put("version", JsonLayout.VERSION);
    event.put("operation", operation);
    ObjectNode axes = event.putObject("cell");
    cell.values().forEach(axes::put);
    event.put("shell", shell.label());
    event.put("steps", script.steps().size());
    event.put("sha256", script.sha256());
    print(event);
  }

  @Override
  public void runResumed(Step first, List<Step> replayed) {
    ObjectNode event = event("run-resumed");
    event.put("step", first.number());
    ArrayNode steps = event.putArray("replayed");
    replayed.forEach(s -> steps.add(s.number()));
    print(event);
  }

  @Override
  public void stepStarted(Step step) {
    ObjectNode event = event("step-started");
    event.put("step", step.number());
    print(PlanJson.step(step, event));
  }

  @Override
  public void output(Step step, Stream stream, String line) {
    ObjectNode event = event("output");
    event.put("step", step == null ? 0 : step.number());
    event.put("stream", stream == Stream.STDOUT ? "stdout" : "stderr");
    event.put("line", line);
    print(event);
  }

  @Override
  public void stepFinished(Step step, Duration took) {
    ObjectNode event = event("step-finished");
    event.put("step", step.number());
    event.put("status", "ok");
    event.put("duration_ms", took.toMillis());
    print(event);
  }

  @Override
  public void stepFailed(Step step, RunResult how, Duration took) {
    ObjectNode event = event("step-finished");
    event.put("step", step.number());
    event.put("status", status(how));
    event.put("duration_ms", took.toMillis());
    print(event);
  }

  @Override
  public void runFinished(RunResult result, Duration took) {
    ObjectNode event = event("run-finished");
    event.put("result", status(result));
    if (result instanceof RunResult.Completed completed) {
      event.put("steps", completed.steps());
    } else if (result instanceof RunResult.NotStarted notStarted) {
      event.put("reason", notStarted.reason());
      notStarted.missingSecrets().forEach(event.putArray("missing_secrets")::add);
    } else {
      Step step = result.endedIn();
      event.put("step", step == null ? 0 : step.number());
      ended(result, event);
      if (step != null) {
        PlanJson.step(step, event);
      }
    }
    event.put("duration_ms", took.toMillis());
    print(event);
  }

  /** What a failure adds: the exit status and stderr's last lines, or the limit that ran out. */
  private static void ended(RunResult result, ObjectNode event) {
    if (result instanceof RunResult.Failed failed) {
      event.put("exit_status", failed.exitStatus());
      failed.stderrTail().forEach(event.putArray("stderr")::add);
    } else if (result instanceof RunResult.TimedOut timedOut) {
      event.put("limit_ms", timedOut.limit().toMillis());
    }
  }

  /** A run's or a step's end in one word. */
  static String status(RunResult result) {
    if (result instanceof RunResult.Completed) {
      return "completed";
    }
    if (result instanceof RunResult.Failed) {
      return "failed";
    }
    if (result instanceof RunResult.TimedOut) {
      return "timed-out";
    }
    return result instanceof RunResult.Interrupted ? "interrupted" : "not-started";
  }

  private static ObjectNode event(String name) {
    ObjectNode event = JsonLayout.object();
    event.put("event", name);
    return event;
  }

  private void print(ObjectNode event) {
    try {
      out.print(COMPACT.writeValueAsString(event) + "\n");
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always writes", e);
    }
  }
}
