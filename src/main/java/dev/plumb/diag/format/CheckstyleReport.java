package dev.plumb.diag.format;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagnostics as Checkstyle XML, which many CI servers and editors read. */
public final class CheckstyleReport {
  private CheckstyleReport() {}

  public static String render(List<Diagnostic> diagnostics) {
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      StringBuilder file = files.computeIfAbsent(d.span().path(), k -> new StringBuilder());
      file.append("    <error");
      if (d.span().hasPosition()) {
        file.append(" line=\"").append(d.span().line()).append('"');
        file.append(" column=\"").append(d.span().column()).append('"');
      }
      file.append(" severity=\"")
          .append(d.severity() == Severity.NOTE ? "info" : d.severity().label())
          .append('"');
      String message =
          d.message()
              + (d.cell() == null ? "" : " (in cell " + d.cell().show() + ")")
              + (d.hint() == null ? "" : "; " + d.hint());
      file.append(" message=\"").append(escape(message)).append('"');
      file.append(" source=\"plumb.").append(d.code()).append("\"/>\n");
    }
    StringBuilder out =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    files.forEach(
        (name, errors) ->
            out.append("  <file name=\"")
                .append(escape(name))
                .append("\">\n")
                .append(errors)
                .append("  </file>\n"));
    return out.append("</checkstyle>\n").toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                  if (c < 0x20) {
                    out.append("&#x").append(Integer.toHexString(c)).append(';');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
