package dev.plumb;

import dev.plumb.run.Instrumented;
import dev.plumb.run.Journal;
import dev.plumb.run.JournalHeader;
import dev.plumb.run.ResumePlan;
import dev.plumb.run.Resumption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run begins: the text its shell runs, from which step, in which folder, writing which
 * journal; or, for a resume with nothing to run or one refused, the result instead of a run.
 *
 * @param replayed the skipped steps whose shell state a resume replays before step {@code first}
 * @param folder the run's folder, or null for a temporary one
 * @param journal the journal to write, or null
 * @param instead the run's result when no shell is to start, else null
 */
record RunStart(
    String text,
    int first,
    List<Integer> replayed,
    Path folder,
    Journal journal,
    RunResult instead) {

  /** A run of every step, journaled when {@code journal} is not null. */
  static RunStart of(Script script, RunJournal journal) throws IOException {
    String text = Instrumented.of(lines(script), firstLines(script));
    if (journal == null) {
      return new RunStart(text, 1, List.of(), null, null, null);
    }
    if (journal.resume()) {
      return resumed(script, journal);
    }
    Resumption.freshFolder(journal.file());
    return new RunStart(
        text,
        1,
        List.of(),
        Resumption.folder(journal.file()),
        Journal.create(journal.file(), header(script, journal)),
        null);
  }

  private static RunStart resumed(Script script, RunJournal journal) throws IOException {
    List<Step> steps = script.steps();
    ResumePlan plan =
        Resumption.plan(
            journal.file(),
            new Resumption.Script(
                header(script, journal),
                steps.stream().map(Step::text).toList(),
                steps.stream().map(s -> s.origin().path() + ":" + s.origin().line()).toList()),
            journal.rerunStep());
    if (plan instanceof ResumePlan.Refused refused) {
      return notRun(new RunResult.NotStarted("cannot resume: " + refused.why(), List.of()));
    }
    if (plan instanceof ResumePlan.NothingToDo nothing) {
      Resumption.finish(journal.file(), nothing);
      return notRun(new RunResult.Completed(steps.size()));
    }
    ResumePlan.From from = (ResumePlan.From) plan;
    return new RunStart(
        Instrumented.resumed(lines(script), firstLines(script), from.from(), from.replay()),
        from.from(),
        from.replayed(),
        Resumption.folder(journal.file()),
        Resumption.reopen(journal.file(), from.reading(), from.learnedDone()),
        null);
  }

  private static RunStart notRun(RunResult result) {
    return new RunStart(null, 0, List.of(), null, null, result);
  }

  private static JournalHeader header(Script script, RunJournal journal) {
    return JournalHeader.of(
        script.text(),
        script.steps().stream().map(Step::text).toList(),
        journal.operation(),
        journal.cell().toString());
  }

  private static List<String> lines(Script script) {
    return script.lines().stream().map(ScriptLine::text).toList();
  }

  private static List<Integer> firstLines(Script script) {
    return script.steps().stream().map(Step::firstLine).toList();
  }
}
