package dev.plumb.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a resume of a journaled run does, from the journal, the run folder's marker file
 * (what the shell itself wrote: the ground truth when plumb was killed) and the script compiled
 * anew. It refuses, running nothing, when the file is no journal, when the script is not the
 * journal's, when the last run's shell may still run, when a step was running when plumb stopped
 * hearing of it (it may have done part of its work: only an explicit re-run of that step goes on),
 * or when a skipped step set state that cannot be restored.
 */
public final class Resumption {
  /**
   * The script a resume runs.
   *
   * @param header its journal header, as a new run would write it
   * @param stepTexts each step's text, in order
   * @param stepPlaces where each step comes from, for messages ({@code create.plumb:4})
   */
  public record Script(JournalHeader header, List<String> stepTexts, List<String> stepPlaces) {
    public Script {
      stepTexts = List.copyOf(stepTexts);
      stepPlaces = List.copyOf(stepPlaces);
    }
  }

  private Resumption() {}

  /** The folder a journaled run keeps next to its journal {@code journal}: {@code FILE.d}. */
  public static Path folder(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".d");
  }

  /**
   * Makes the run folder of a new journaled run, its marker file empty: done before the journal
   * names the run, so that a former run's markers are never read as this one's.
   */
  public static void freshFolder(Path journal) throws IOException {
    Path folder = ShellRun.privateFolder(folder(journal));
    Files.write(folder.resolve(Instrumented.MARKERS), new byte[0]);
  }

  /**
   * Goes on writing the journal a resume read, first with the steps its markers showed finished.
   */
  public static Journal reopen(Path journal, JournalReading reading, List<Integer> learnedDone)
      throws IOException {
    Journal written = Journal.reopen(journal, reading);
    for (int step : learnedDone) {
      written.done(step);
    }
    return written;
  }

  /** Records that a run whose steps had all finished (nothing to resume) finished. */
  public static void finish(Path journal, ResumePlan.NothingToDo plan) throws IOException {
    try (Journal written = reopen(journal, plan.reading(), plan.learnedDone())) {
      if (!(plan.reading().end() instanceof JournalReading.End.Finished)) {
        written.finished();
      }
    }
    ShellRun.delete(folder(journal));
  }

  /**
   * The plan for resuming the run {@code journal} records with {@code script}.
   *
   * @param rerunStep the step the user allows to run again though it was running when plumb stopped
   *     (it may have done part of its work), or 0
   */
  public static ResumePlan plan(Path journal, Script script, int rerunStep) throws IOException {
    if (!Files.isRegularFile(journal)) {
      return new ResumePlan.Refused(journal + " is not a file");
    }
    JournalReading reading = JournalReading.read(journal);
    if (reading.problem() != null) {
      return new ResumePlan.Refused(
          journal + " is not a journal plumb can resume from: " + reading.problem());
    }
    String changed = Changes.between(reading.header(), script);
    if (changed != null) {
      return new ResumePlan.Refused(changed);
    }
    if (reading.shell() != null && LiveProcess.running(reading.shell())) {
      return new ResumePlan.Refused(
          "the run's shell (process "
              + reading.shell().pid()
              + ") is still running: wait for it to end, or end it, before resuming");
    }
    if (reading.end() instanceof JournalReading.End.Finished) {
      return new ResumePlan.NothingToDo(List.of(), reading);
    }
    return fromMarkers(journal, reading, script, rerunStep);
  }

  private static ResumePlan fromMarkers(
      Path journal, JournalReading reading, Script script, int rerunStep) throws IOException {
    int steps = script.stepTexts().size();
    int from = reading.done() + 1;
    boolean recordedEnd = !(reading.end() instanceof JournalReading.End.Unknown);
    boolean inFlight = false;
    Path markers = folder(journal).resolve(Instrumented.MARKERS);
    List<Integer> learned = new ArrayList<>();
    if (!recordedEnd && Files.isRegularFile(markers)) {
      for (Marker marker : new MarkerFile(markers, steps, from).next()) {
        if (marker instanceof Marker.Begin begin) {
          if (inFlight) {
            learned.add(from++);
          }
          inFlight = begin.number() == from;
        } else {
          if (inFlight) {
            learned.add(from++);
          }
          inFlight = false;
        }
      }
    } else if (!recordedEnd && from <= steps) {
      // no marker file: whether step `from` began is not known
      inFlight = true;
    }
    if (from > steps) {
      return new ResumePlan.NothingToDo(learned, reading);
    }
    if (rerunStep != 0 && rerunStep != from) {
      return new ResumePlan.Refused(
          "--rerun-step "
              + rerunStep
              + " does not name the step the resume begins with: step "
              + from
              + " ("
              + script.stepPlaces().get(from - 1)
              + ")");
    }
    if (inFlight && rerunStep != from) {
      return new ResumePlan.Refused(
          "step "
              + from
              + " ("
              + script.stepPlaces().get(from - 1)
              + ") was running when its run stopped being recorded (plumb was killed?): it may have"
              + " done part of its work. Check what it did, then resume with --rerun-step "
              + from
              + " to run it again");
    }
    StringBuilder replay = new StringBuilder();
    List<Integer> replayed = new ArrayList<>();
    for (int k = 1; k < from; k++) {
      StepState state = StepState.of(script.stepTexts().get(k - 1));
      if (state instanceof StepState.Unrestorable u) {
        return new ResumePlan.Refused(
            "cannot resume at step "
                + from
                + ": skipped step "
                + k
                + " ("
                + script.stepPlaces().get(k - 1)
                + ") sets shell state a resume cannot restore: "
                + u.why());
      }
      if (state instanceof StepState.Replay r) {
        replay.append(r.text());
        replayed.add(k);
      }
    }
    return new ResumePlan.From(from, replay.toString(), replayed, learned, reading);
  }
}
