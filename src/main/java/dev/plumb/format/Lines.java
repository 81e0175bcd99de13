package dev.plumb.format;

import dev.plumb.syntax.Lexeme;
import dev.plumb.syntax.Lexeme.Role;
import java.util.ArrayList;
import java.util.List;

/** A file's tokens cut into its lines, and its formatted lines put back together. */
final class Lines {
  private Lines() {}

  /**
   * The tokens of each line, without the newlines: one list per line, the last one empty when the
   * text ends with a newline.
   */
  static List<List<Lexeme>> of(List<Lexeme> lexemes) {
    List<List<Lexeme>> lines = new ArrayList<>();
    List<Lexeme> line = new ArrayList<>();
    for (Lexeme lexeme : lexemes) {
      if (lexeme.role() == Role.NEWLINE) {
        lines.add(line);
        line = new ArrayList<>();
      } else {
        line.add(lexeme);
      }
    }
    lines.add(line);
    return lines;
  }

  /**
   * The formatted lines as one text, ending with a newline unless {@code lastIsOpen}: every line
   * stays on its line, so that a diagnostic or a {@code # file:line} comment names the same line
   * before and after.
   *
   * @param lastIsOpen whether the last line must stay without a newline after it
   */
  static String join(List<String> lines, boolean lastIsOpen) {
    String text = String.join("\n", lines);
    boolean endsWithNewline = lines.get(lines.size() - 1).isEmpty();
    return endsWithNewline || lastIsOpen ? text : text + "\n";
  }
}
