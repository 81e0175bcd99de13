package dev.plumb.diag;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The one bound on how many errors a failure reports: loading a pack, binding values and evaluating
 * a cell each report at most {@link #MAX_ERRORS}, then a note (P512) saying how many more there
 * were. Past that many, more errors only bury the first ones: a values file of 200,000 unknown keys
 * would otherwise print one diagnostic per key.
 */
public final class ErrorCap {
  public static final int MAX_ERRORS = 100;

  private static final SourceFile PLUMB = new SourceFile("plumb", "");

  private ErrorCap() {}

  /** The first {@link #MAX_ERRORS} diagnostics, then a note counting the rest (when there are). */
  public static List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    if (diagnostics.size() <= MAX_ERRORS) {
      return diagnostics;
    }
    List<Diagnostic> shown = new ArrayList<>(diagnostics.subList(0, MAX_ERRORS));
    int more = diagnostics.size() - MAX_ERRORS;
    shown.add(
        note(
            more + (more == 1 ? " more error is" : " more errors are") + " not shown",
            "only the first " + MAX_ERRORS + " are; fix them and run again"));
    return shown;
  }

  /** The note after the errors of a search that stopped at {@link #MAX_ERRORS}: more may follow. */
  public static Diagnostic stopped() {
    return note(
        "stopped after " + MAX_ERRORS + " errors: there are more", "fix these and compile again");
  }

  private static Diagnostic note(String message, String hint) {
    return new Diagnostic(Code.P512, Severity.NOTE, Span.ofFile(PLUMB), message, hint, null);
  }
}
