package dev.plumb.diag;

import dev.plumb.source.Span;
import java.util.Objects;

/**
 * One finding: what is wrong, where, and how to fix it. Detection creates these; the renderers in
 * this package turn them into text, JSON and the other formats.
 *
 * @param hint what to do about it, or null
 * @param cell where in the matrix lint made the finding, or null
 */
public record Diagnostic(
    Code code, Severity severity, Span span, String message, String hint, InCell cell) {

  public Diagnostic {
    Objects.requireNonNull(code);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(span);
    Objects.requireNonNull(message);
  }

  public static Diagnostic error(Code code, Span span, String message) {
    return new Diagnostic(code, Severity.ERROR, span, message, null, null);
  }

  public static Diagnostic warning(Code code, Span span, String message) {
    return new Diagnostic(code, Severity.WARNING, span, message, null, null);
  }

  public static Diagnostic note(Code code, Span span, String message) {
    return new Diagnostic(code, Severity.NOTE, span, message, null, null);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(code, newSeverity, span, message, hint, cell);
  }

  public Diagnostic withMessage(String newMessage) {
    return new Diagnostic(code, severity, span, newMessage, hint, cell);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(code, severity, span, message, newHint, cell);
  }

  public Diagnostic inCell(InCell newCell) {
    return new Diagnostic(code, severity, span, message, hint, newCell);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
