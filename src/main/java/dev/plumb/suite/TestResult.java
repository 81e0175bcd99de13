package dev.plumb.suite;

import dev.plumb.diag.Diagnostic;

/**
 * The outcome of one test of a pack: a snapshot, a hand-written case, or a cell that does not
 * compile.
 *
 * @param name the snapshot's path in the pack ({@code tests/snapshots/…}), or the case's name
 * @param subject what was tested, in words: {@code start host=linux … with linux}, the case's name
 * @param failure why it failed, located (a template line, a case line, a snapshot file); null when
 *     it passed
 * @param diff for a snapshot whose script changed, how; else null
 */
public record TestResult(
    Kind kind, String name, String subject, Diagnostic failure, ScriptDiff diff) {

  /** What was tested. */
  public enum Kind {
    SNAPSHOT,
    CASE,
    /** a supported cell that does not compile with a values set: always a failure */
    BUILD
  }

  public static TestResult passed(Kind kind, String name, String subject) {
    return new TestResult(kind, name, subject, null, null);
  }

  public boolean passed() {
    return failure == null;
  }
}
