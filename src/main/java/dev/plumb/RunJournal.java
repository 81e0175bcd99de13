package dev.plumb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A journal for a {@link Runner}'s run ({@link Runner#run(Script, RunJournal)}): the file that
 * records which steps finished, so that a later run can resume from the first that did not. The run
 * keeps a folder next to it, {@code FILE.d}, whose marker file the shell writes: it tells how far
 * the shell got even when the process that ran it was killed. The journal holds the script's hash,
 * its steps' hashes, the operation, the cell and step numbers, never a value of the template.
 *
 * @param file the journal
 * @param resume whether to resume the run the journal records (else a new journal replaces it)
 * @param rerunStep the step a resume may run again although it was running when its run stopped
 *     being recorded (it may have done part of its work), or 0 for none
 * @param operation the operation the script was compiled for, written in the journal's header
 * @param cell the cell it was compiled for, written in the journal's header
 */
public record RunJournal(Path file, boolean resume, int rerunStep, String operation, Cell cell) {
  public RunJournal {
    Objects.requireNonNull(file);
    Objects.requireNonNull(operation);
    Objects.requireNonNull(cell);
    if (rerunStep < 0) {
      throw new IllegalArgumentException("no step " + rerunStep);
    }
  }

  /** A new journal at {@code file}, replacing any, for the script of {@code operation} and cell. */
  public static RunJournal record(Path file, String operation, Cell cell) {
    return new RunJournal(file, false, 0, operation, cell);
  }

  /** Resumes the run {@code file} records, and goes on recording there. */
  public static RunJournal resume(Path file, String operation, Cell cell) {
    return new RunJournal(file, true, 0, operation, cell);
  }

  /** This resume, allowed to run {@code step} again if it was running when its run stopped. */
  public RunJournal rerunningStep(int step) {
    return new RunJournal(file, resume, step, operation, cell);
  }
}
