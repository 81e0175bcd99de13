package dev.plumb.diag.format;

import dev.plumb.diag.Diagnostic;
import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…::…}), which the
 * runner turns into annotations on the template lines. Columns: {@code col} is the first, {@code
 * endColumn} the last (inclusive), as GitHub reads them.
 */
public final class GithubReport {
  private GithubReport() {}

  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append("::")
          .append(
              switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
              });
      out.append(" file=").append(property(d.span().path()));
      if (d.span().hasPosition()) {
        out.append(",line=").append(d.span().line());
        out.append(",endLine=").append(d.span().endLine());
        out.append(",col=").append(d.span().column());
        if (d.span().endLine() == d.span().line()) {
          out.append(",endColumn=").append(Math.max(d.span().column(), d.span().endColumn() - 1));
        }
      }
      out.append(",title=").append(property(d.code() + " " + d.code().title()));
      StringBuilder message = new StringBuilder(d.message());
      if (d.cell() != null) {
        message.append(" (in cell ").append(d.cell().show()).append(')');
      }
      if (d.hint() != null) {
        message.append('\n').append(d.hint());
      }
      out.append("::").append(data(message.toString())).append('\n');
    }
    return out.toString();
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
