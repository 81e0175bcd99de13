package dev.plumb.format;

import dev.plumb.source.SourceFile;
import dev.plumb.syntax.Lexeme;
import dev.plumb.syntax.Lexeme.Role;
import dev.plumb.syntax.Syntax;
import java.util.List;
import java.util.Random;

/**
 * A file written again with another layout that means the same, for the properties of {@code plumb
 * fmt}: random blanks (spaces and tabs) wherever the lexer skips them — before a directive or a
 * comment, between the tokens of a directive, a hole or a declaration (only where the canonical
 * layout has a space: elsewhere two tokens could run into one), at the end of a directive, comment
 * or blank line — and random {@code \r\n} line ends. Shell text is left as it is: its blanks are
 * written into the script; {@link #withTextBlanks} also ends some text lines with blanks, which
 * changes their scripts, for a property that compares a file with its formatted self.
 */
public final class Relayout {
  private final Random random;
  private final boolean textBlanks;

  private Relayout(long seed, boolean textBlanks) {
    this.random = new Random(seed);
    this.textBlanks = textBlanks;
  }

  /** {@code text} (which must read without error) in a random layout chosen by {@code seed}. */
  public static String of(String text, boolean manifest, long seed) {
    return new Relayout(seed, false).write(text, manifest);
  }

  /** As {@link #of}, with blanks at the end of one text line in four. */
  public static String withTextBlanks(String text, boolean manifest, long seed) {
    return new Relayout(seed, true).write(text, manifest);
  }

  private String write(String text, boolean manifest) {
    List<Lexeme> lexemes = Syntax.lexemes(new SourceFile("relayout", text), manifest).value();
    if (lexemes == null) {
      throw new IllegalArgumentException("only a file that reads can be laid out again");
    }
    return write(Lines.of(lexemes), manifest);
  }

  private String write(List<List<Lexeme>> lines, boolean manifest) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      List<Lexeme> line = lines.get(i);
      boolean last = i == lines.size() - 1;
      if (last && (line.isEmpty() || line.get(0).role() == Role.TEXT && blankText(line))) {
        // blanks on a last line without a newline would be a text line of its own
        line.forEach(l -> out.append(l.text()));
        break;
      }
      out.append(line(line, manifest));
      if (!last) {
        out.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
      }
    }
    return out.toString();
  }

  private static boolean blankText(List<Lexeme> line) {
    return line.stream().allMatch(l -> Spacing.trimEnd(l.text()).isEmpty());
  }

  private String line(List<Lexeme> line, boolean manifest) {
    if (line.isEmpty()) {
      return blanks(0);
    }
    Lexeme first = line.get(0);
    if (first.role() == Role.COMMENT) {
      return blanks(0) + Spacing.trimStart(first.text()) + blanks(0);
    }
    if (first.role() == Role.DIRECTIVE) {
      return blanks(0)
          + Spacing.trimStart(first.text())
          + spaced(line.subList(1, line.size()), true)
          + blanks(0);
    }
    if (manifest) {
      return blanks(0) + spaced(line, false) + blanks(0);
    }
    return text(line) + (textBlanks && random.nextInt(4) == 0 ? blanks(1) : "");
  }

  /** A text line: its text as it is, each hole with random blanks inside. */
  private String text(List<Lexeme> line) {
    StringBuilder out = new StringBuilder();
    int open = -1;
    for (int i = 0; i < line.size(); i++) {
      Lexeme lexeme = line.get(i);
      if (lexeme.role() == Role.HOLE_OPEN) {
        open = i;
      } else if (lexeme.role() == Role.HOLE_CLOSE) {
        List<Lexeme> inside = line.subList(open + 1, i);
        // '}' right before '}}' would make '}}}', read as the hole's end and a '}'
        boolean brace = inside.get(inside.size() - 1).text().equals("}");
        out.append("{{")
            .append(blanks(0))
            .append(spaced(inside, false))
            .append(blanks(brace ? 1 : 0));
        out.append("}}");
        open = -1;
      } else if (open < 0) {
        out.append(lexeme.text());
      }
    }
    return out.toString();
  }

  /**
   * Tokens with random blanks between them where the canonical layout has one, and none where it
   * has none (an operation name's {@code -} must touch its words); with {@code lead}, at least one
   * before the first, which follows a keyword.
   */
  private String spaced(List<Lexeme> tokens, boolean lead) {
    StringBuilder out = new StringBuilder();
    Lexeme previous = null;
    for (Lexeme token : tokens) {
      if (token.role() == Role.COMMENT) {
        out.append(blanks(0)).append(token.text());
        continue;
      }
      boolean apart = previous == null ? lead : Spacing.apart(previous, token);
      out.append(apart ? blanks(1) : "").append(token.text());
      previous = token;
    }
    return out.toString();
  }

  /** At least {@code least} blanks, up to three more. */
  private String blanks(int least) {
    StringBuilder out = new StringBuilder();
    int count = least + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      out.append(random.nextInt(3) == 0 ? '\t' : ' ');
    }
    return out.toString();
  }
}
