package dev.plumb.diag.format;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import dev.plumb.source.Span;

/**
 * Renders diagnostics as text (docs/language.md §4): a first line that editors and CI problem
 * matchers understand, then the source line under a gutter (cut to a window around the span when it
 * is long), carets under the span, and the hint after the carets.
 */
public final class TextRenderer {
  private static final String RED = "\u001b[31;1m";
  private static final String YELLOW = "\u001b[33;1m";
  private static final String BLUE = "\u001b[34;1m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  public TextRenderer(boolean colour) {
    this.colour = colour;
  }

  public String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    Span span = d.span();
    out.append(paint(BOLD, span.location())).append(": ");
    out.append(paint(severityColour(d.severity()), d.severity().label() + "[" + d.code() + "]"));
    out.append(": ").append(paint(BOLD, d.message()));
    if (d.cell() != null) {
      out.append(" (in cell ").append(d.cell().show()).append(')');
    }
    out.append('\n');
    String source =
        span.hasPosition() && span.file() != null ? span.file().line(span.line()) : null;
    if (source != null && !(source.isEmpty() && span.line() > span.file().lineCount())) {
      String number = Integer.toString(span.line());
      String pad = " ".repeat(number.length());
      out.append(paint(BLUE, pad + " |")).append('\n');
      int endColumn = span.endLine() == span.line() ? span.endColumn() : Integer.MAX_VALUE;
      Excerpt excerpt = Excerpt.of(source, span.column(), endColumn);
      out.append(paint(BLUE, number + " |")).append(' ').append(excerpt.text()).append('\n');
      out.append(paint(BLUE, pad + " |")).append(' ').append(excerpt.lead());
      out.append(paint(severityColour(d.severity()), "^".repeat(excerpt.carets())));
      if (d.hint() != null) {
        out.append(' ').append(d.hint());
      }
      out.append('\n');
    } else if (d.hint() != null) {
      out.append("  = hint: ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  private String severityColour(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> BLUE;
    };
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }
}
