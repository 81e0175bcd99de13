package dev.plumb.syntax;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Habits from other languages that make a template mean something else than its author thinks: a
 * line of another template language ({@code {% if %}}, {@code {# … #}}: P113), Jinja's
 * whitespace control ({@code {{- x -}}}), {@code %else if}, and a literal {@code {{} in text. Each
 * is answered with plumb's own spelling.
 */
final class Habits {
  /** {@code {% tag %}} alone on its line, with Jinja's optional whitespace control. */
  private static final Pattern TAG = Pattern.compile("\\{%[-+]?\\s*(.*?)\\s*[-+]?%}");

  /** {@code {# comment #}} alone on its line. */
  private static final Pattern COMMENT = Pattern.compile("\\{#[-+]?\\s*(.*?)\\s*[-+]?#}");

  private static final Pattern ELSE_IF = Pattern.compile("^%else\\s+if\\b");

  private Habits() {}

  /**
   * Every line of the file that starts like a tag or comment of another template language: no shell
   * line starts with {@code {%} or {@code {#}, and such a line would otherwise be emitted as a
   * command of that name.
   */
  static List<Diagnostic> foreignLines(SourceFile file) {
    List<Diagnostic> found = new ArrayList<>();
    for (int n = 1; n <= file.lineCount(); n++) {
      String line = file.line(n);
      String text = line.strip();
      if (!text.startsWith("{%") && !text.startsWith("{#")) {
        continue;
      }
      int column = line.codePointCount(0, line.indexOf(text)) + 1;
      Span span = Span.of(file, n, column, column + text.codePointCount(0, text.length()));
      boolean comment = text.startsWith("{#");
      String message =
          comment
              ? "'{#' starts a comment of another template language (Jinja), not of plumb"
              : "'{%' starts a tag of another template language (Jinja): plumb's directives are"
                  + " lines that start with '%'";
      String plumb = comment ? comment(text) : directive(text);
      String lead = text.substring(0, 2);
      String escape =
          "; text that does start with '" + lead + "' is written '{{ \"" + lead + "\" }}…'";
      String hint =
          plumb != null
              ? "write '" + plumb + "'" + escape
              : "write each directive on a line of its own: %if, %elif, %else, %end, %each, %let,"
                  + " %block, %include"
                  + escape;
      found.add(Diagnostic.error(Code.P113, span, message).withHint(hint));
    }
    return found;
  }

  /** {@code %# text} for a comment alone on its line, else null. */
  private static String comment(String text) {
    Matcher m = COMMENT.matcher(text);
    return m.matches() ? ("%# " + m.group(1)).strip() : null;
  }

  /** The plumb directive for a Jinja tag alone on its line, or null. */
  private static String directive(String text) {
    Matcher m = TAG.matcher(text);
    if (!m.matches() || m.group(1).contains("%}")) {
      return null;
    }
    String[] words = m.group(1).split("\\s+", 2);
    String rest = words.length > 1 ? words[1] : "";
    return switch (words[0]) {
      case "if" -> "%if " + rest;
      case "elif", "elsif", "elseif" -> "%elif " + rest;
      case "else" -> rest.startsWith("if ") ? "%elif " + rest.substring(3).strip() : "%else";
      case "endif", "endfor", "endblock", "endeach", "endwith", "end" -> "%end";
      case "for" -> "%each " + rest;
      case "set" -> "%let " + rest;
      case "block" -> "%block " + rest;
      case "include" -> "%include " + fragmentName(rest) + "(…)";
      case "extends" -> "%extends OPERATION when …";
      default -> null;
    };
  }

  /** {@code "net/tap.j2"} → {@code tap}: a fragment is named by its header, not its file. */
  private static String fragmentName(String included) {
    String name = included.replaceAll("[\"']", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Jinja's {@code -}}} (trim the blanks after): P113, with the hole written plainly. */
  static Diagnostic trimmedHole(SourceFile file, Span closing) {
    String line = file.line(closing.line());
    int end = line.offsetByCodePoints(0, Math.min(closing.endColumn() - 1, lineLength(line)));
    int open = line.lastIndexOf("{{", end - 4);
    String plain = "{{ … }}";
    if (open >= 0 && end >= 4) {
      String inner = line.substring(open + 2, end - 2);
      inner = inner.replaceFirst("^[-+]", "").replaceFirst("-$", "").strip();
      plain = inner.isEmpty() ? plain : "{{ " + inner + " }}";
    }
    return Diagnostic.error(
            Code.P113,
            closing,
            "'-}}' trims blanks in another template language (Jinja): plumb writes each line as it"
                + " stands")
        .withHint("write '" + plain + "'");
  }

  /** The hint for {@code %else if}: plumb spells it {@code %elif}. */
  static String elseIf(SourceFile file, int lineNumber) {
    String line = file.line(lineNumber).strip();
    return "plumb writes it '" + ELSE_IF.matcher(line).replaceFirst("%elif") + "'";
  }

  /**
   * A hole that could not start (its first token is no expression, or the line ends right after
   * {@code {{}): perhaps a literal {@code {{} meant as text, which is written as a string value.
   */
  static String literalBraces(SourceFile file, int lineNumber, int openColumn) {
    String line = file.line(lineNumber);
    if (openColumn < 0 || openColumn >= lineLength(line)) {
      return null;
    }
    int at = line.offsetByCodePoints(0, openColumn);
    int opening = singleQuoteBefore(line, at);
    int closing = opening < 0 ? -1 : line.indexOf('\'', at);
    if (closing > 0) {
      String quoted = line.substring(opening + 1, closing);
      return "'{{' starts a hole, even inside '…': write {{ "
          + stringLiteral(quoted)
          + " }} in place of '"
          + quoted
          + "' (plumb quotes the value)";
    }
    int close = line.indexOf("}}", at + 2);
    String literal = close < 0 ? "{{" : line.substring(at, close + 2);
    return "'{{' starts a hole: write {{ " + stringLiteral(literal) + " }} for the text " + literal;
  }

  /** Where the single quote that {@code at} stands inside was opened, or -1. */
  private static int singleQuoteBefore(String line, int at) {
    int single = -1;
    boolean dquote = false;
    for (int i = 0; i < at; i++) {
      char c = line.charAt(i);
      if (single >= 0) {
        single = c == '\'' ? -1 : single;
      } else if (c == '\\') {
        i++;
      } else if (c == '"') {
        dquote = !dquote;
      } else if (c == '\'' && !dquote) {
        single = i;
      }
    }
    return single;
  }

  private static String stringLiteral(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int lineLength(String line) {
    return line.codePointCount(0, line.length());
  }
}
