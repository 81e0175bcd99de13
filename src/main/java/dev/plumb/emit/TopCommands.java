package dev.plumb.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each top-level command of a script begins and ends: a command begins at a line the shell
 * reader read from a command start ({@link Line#atCommandStart}) and goes on over every line read
 * while something was open or went on (a {@code \} or {@code |} continuation, a quote, a
 * here-document body). The boundaries are the reader's, found when the script was compiled; the
 * text is looked at only to tell a command from a blank or comment line at a command start.
 */
public final class TopCommands {
  private TopCommands() {}

  /** The lines of one command: indices {@code first} to {@code last}, both included. */
  public record Run(int first, int last) {}

  /**
   * Every command of {@code lines}, in order; lines plumb adds, blank and comment lines in none.
   */
  public static List<Run> of(List<Line> lines) {
    List<Run> runs = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean read = line.origin() != null;
      if (read && !line.atCommandStart() && first >= 0) {
        continue;
      }
      if (first >= 0) {
        runs.add(new Run(first, i - 1));
      }
      // a line that goes on with no command before it cannot follow a reading without errors;
      // were it to, it starts a command of its own rather than vanish
      first = read && (!line.atCommandStart() || holdsCommand(line.text())) ? i : -1;
    }
    if (first >= 0) {
      runs.add(new Run(first, lines.size() - 1));
    }
    return runs;
  }

  /**
   * Whether a line read from a command start holds a command: the shell skips blanks, then a line
   * break ends a blank line and {@code #} starts a comment to the end of the line (POSIX XCU 2.3);
   * anything else begins a word or an operator. A line without a hole has this text in the template
   * too; a hole at a command start is a command name or an assignment, never empty.
   */
  static boolean holdsCommand(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return c != '#';
      }
    }
    return false;
  }
}
