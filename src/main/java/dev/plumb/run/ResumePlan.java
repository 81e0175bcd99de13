package dev.plumb.run;

import java.util.List;

/** What a resume does ({@link Resumption#plan}): refuse, nothing, or run from a step on. */
public sealed interface ResumePlan {
  /** Nothing runs: {@code why} says what to do about it. */
  record Refused(String why) implements ResumePlan {}

  /**
   * Every step had finished; {@code learnedDone} are the steps the markers showed finished that the
   * journal had not recorded yet.
   */
  record NothingToDo(List<Integer> learnedDone, JournalReading reading) implements ResumePlan {
    public NothingToDo {
      learnedDone = List.copyOf(learnedDone);
    }
  }

  /**
   * Run from step {@code from} on, after {@code replay} (the skipped steps' state, {@link
   * StepState}, from the steps {@code replayed}); {@code learnedDone} as for {@link NothingToDo}.
   */
  record From(
      int from,
      String replay,
      List<Integer> replayed,
      List<Integer> learnedDone,
      JournalReading reading)
      implements ResumePlan {
    public From {
      replayed = List.copyOf(replayed);
      learnedDone = List.copyOf(learnedDone);
    }
  }
}
