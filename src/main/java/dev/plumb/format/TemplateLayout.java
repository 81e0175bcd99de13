package dev.plumb.format;

import dev.plumb.syntax.Lexeme;
import dev.plumb.syntax.Lexeme.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical layout of a template or fragment, line by line: a directive starts at the first
 * column, whatever its nesting (a text line's indentation is shell, written into the script: the
 * directives between text lines are not indented, so the text reads as the script will), its
 * arguments spaced as {@link Spacing} spaces them; a {@code %#} comment starts at the first column
 * and keeps its words; a blank line is empty; a text line is kept exactly as written but for the
 * inside of its holes, written {@code {{ expr }}}.
 */
final class TemplateLayout {
  private TemplateLayout() {}

  static String of(List<Lexeme> lexemes) {
    List<List<Lexeme>> lines = Lines.of(lexemes);
    List<String> out = new ArrayList<>();
    for (List<Lexeme> line : lines) {
      out.add(line(line));
    }
    return Lines.join(out, blankText(lines.get(lines.size() - 1)));
  }

  /**
   * Whether a line is a text line of blanks alone. It can only be the last line, without a newline
   * after it (before a newline, blanks are a blank line); it is emitted as it is, and a newline
   * would make it a blank line, emitted empty.
   */
  private static boolean blankText(List<Lexeme> line) {
    return !line.isEmpty()
        && line.stream()
            .allMatch(l -> l.role() == Role.TEXT && Spacing.trimEnd(l.text()).isEmpty());
  }

  private static String line(List<Lexeme> line) {
    if (line.isEmpty()) {
      return "";
    }
    Lexeme first = line.get(0);
    return switch (first.role()) {
      case COMMENT -> Spacing.trimEnd(Spacing.trimStart(first.text()));
      case DIRECTIVE -> directive(first, line.subList(1, line.size()));
      default -> text(line);
    };
  }

  private static String directive(Lexeme keyword, List<Lexeme> arguments) {
    String word = Spacing.trimStart(keyword.text());
    return arguments.isEmpty() ? word : word + " " + Spacing.join(arguments);
  }

  /** A text line: its text as written, each hole {@code {{ expr }}}. */
  private static String text(List<Lexeme> line) {
    StringBuilder out = new StringBuilder();
    List<Lexeme> hole = null;
    for (Lexeme lexeme : line) {
      switch (lexeme.role()) {
        case HOLE_OPEN -> hole = new ArrayList<>();
        case HOLE_CLOSE -> {
          out.append("{{ ").append(Spacing.join(hole)).append(" }}");
          hole = null;
        }
        default -> {
          if (hole != null) {
            hole.add(lexeme);
          } else {
            out.append(lexeme.text());
          }
        }
      }
    }
    return out.toString();
  }
}
