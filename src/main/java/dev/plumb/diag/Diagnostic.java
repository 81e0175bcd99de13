package dev.plumb.diag;

import dev.plumb.source.Span;
import java.util.Objects;

/**
 * One finding: what is wrong, where, and how to fix it. Detection creates these; the renderers in
 * this package turn them into text, JSON and the other formats.
 *
 * @param hint what to do about it, or null
 * @param cell the cell the finding was made in (lint names it), or null
 */
public record Diagnostic(
    Code code, Severity severity, Span span, String message, String hint, String cell) {

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

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(code, severity, span, message, newHint, cell);
  }

  public Diagnostic inCell(String newCell) {
    return new Diagnostic(code, severity, span, message, hint, newCell);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
