package dev.plumb.cli;

import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Step;
import java.util.List;

/**
 * {@code plumb plan}'s text: each step's number and template line (and the includes and block
 * overrides that led there), then its command, its later lines indented further, so that a
 * continued command or a here-document reads as one entry.
 */
final class PlanText {
  private static final String COMMAND = "   ";
  private static final String CONTINUED = "     ";

  private PlanText() {}

  static String render(Script script) {
    StringBuilder out = new StringBuilder();
    for (Step step : script.steps()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(step.number())
          .append(". ")
          .append(step.origin().path())
          .append(':')
          .append(step.origin().line());
      if (!step.via().isEmpty()) {
        out.append(" via ").append(chain(step.via()));
      }
      out.append('\n');
      String text = step.text();
      String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        // a blank line of a here-document stays blank: no trailing spaces
        if (!lines[i].isEmpty()) {
          out.append(i == 0 ? COMMAND : CONTINUED).append(lines[i]);
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The steps that led to a line, outermost first: {@code %include disk() at start.plumb:12, …}.
   */
  static String chain(List<ScriptLine.Step> via) {
    StringBuilder out = new StringBuilder();
    for (ScriptLine.Step s : via) {
      if (out.length() > 0) {
        out.append(", ");
      }
      String written = s.site().text().strip();
      out.append(written.startsWith(s.directive()) ? written : s.directive())
          .append(" at ")
          .append(s.site().path())
          .append(':')
          .append(s.site().line());
    }
    return out.toString();
  }
}
