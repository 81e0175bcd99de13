package dev.plumb.diag;

import dev.plumb.source.Span;

/**
 * Renders diagnostics as text (design §4): a first line that editors and CI problem matchers
 * understand, then the source line under a gutter, carets under the span, and the hint after the
 * carets.
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
    out.append(paint(BOLD, location(span))).append(": ");
    out.append(paint(severityColour(d.severity()), d.severity().label() + "[" + d.code() + "]"));
    out.append(": ").append(paint(BOLD, d.message()));
    if (d.cell() != null) {
      out.append(" (in cell ").append(d.cell()).append(')');
    }
    out.append('\n');
    String source =
        span.hasPosition() && span.file() != null ? span.file().line(span.line()) : null;
    if (source != null && !(source.isEmpty() && span.line() > span.file().lineCount())) {
      String number = Integer.toString(span.line());
      String pad = " ".repeat(number.length());
      out.append(paint(BLUE, pad + " |")).append('\n');
      out.append(paint(BLUE, number + " |")).append(' ').append(expandTabs(source)).append('\n');
      out.append(paint(BLUE, pad + " |")).append(' ').append(carets(source, span, d));
      if (d.hint() != null) {
        out.append(' ').append(d.hint());
      }
      out.append('\n');
    } else if (d.hint() != null) {
      out.append("  = hint: ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  private String carets(String source, Span span, Diagnostic d) {
    int[] points = source.codePoints().toArray();
    int start = Math.max(1, span.column());
    int end =
        span.endLine() == span.line() ? Math.max(span.endColumn(), start + 1) : points.length + 1;
    end = Math.min(end, Math.max(points.length + 1, start + 1));
    StringBuilder lead = new StringBuilder();
    for (int i = 1; i < start; i++) {
      lead.append(i - 1 < points.length && points[i - 1] == '\t' ? "    " : " ");
    }
    StringBuilder marks = new StringBuilder();
    for (int i = start; i < end; i++) {
      marks.append(i - 1 < points.length && points[i - 1] == '\t' ? "^^^^" : "^");
    }
    return lead + paint(severityColour(d.severity()), marks.toString());
  }

  private static String expandTabs(String line) {
    return line.replace("\t", "    ");
  }

  public static String location(Span span) {
    if (!span.hasPosition()) {
      return span.path();
    }
    return span.path() + ":" + span.line() + ":" + span.column();
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
