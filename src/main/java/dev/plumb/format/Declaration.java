package dev.plumb.format;

import dev.plumb.syntax.Lexeme;
import dev.plumb.syntax.Lexeme.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a manifest as its columns: a declaration's keyword, name, body and doc string, each
 * spaced as {@link Spacing} spaces it, and the comment ending the line. A blank line has none of
 * them, a comment line only its comment.
 *
 * @param keyword {@code var}, {@code axis}…, or null for a blank or comment line
 * @param name what it declares, or null
 * @param body what it says of the name ({@code : size 64M..1T = 1G}, {@code = a | b}), or null
 * @param doc its documentation string or reason, or null
 * @param comment the {@code #} comment ending the line, or null
 */
record Declaration(String keyword, String name, String body, String doc, String comment) {

  static Declaration of(List<Lexeme> line) {
    List<Lexeme> keyword = new ArrayList<>();
    List<Lexeme> name = new ArrayList<>();
    List<Lexeme> body = new ArrayList<>();
    List<Lexeme> doc = new ArrayList<>();
    String comment = null;
    for (Lexeme lexeme : line) {
      if (lexeme.role() == Role.COMMENT) {
        comment = lexeme.text();
        continue;
      }
      switch (lexeme.slot()) {
        case KEYWORD -> keyword.add(lexeme);
        case NAME -> name.add(lexeme);
        case DOC -> doc.add(lexeme);
        default -> body.add(lexeme);
      }
    }
    return new Declaration(joined(keyword), joined(name), joined(body), joined(doc), comment);
  }

  private static String joined(List<Lexeme> lexemes) {
    return lexemes.isEmpty() ? null : Spacing.join(lexemes);
  }

  /**
   * Whether its doc string stands in a column of its own, aligned over a run: the declarations that
   * come many together, each documented.
   */
  boolean docInColumn() {
    return keyword != null && List.of("var", "let", "exclude").contains(keyword);
  }

  /** What comes before the doc string, the name padded to {@code nameWidth} when a body follows. */
  String head(int nameWidth) {
    StringBuilder out = new StringBuilder(keyword);
    if (name != null) {
      out.append(' ').append(body == null ? name : padded(name, nameWidth));
    }
    if (body != null) {
      out.append(' ').append(body);
    }
    return out.toString();
  }

  /** The whole line, the name padded to {@code nameWidth} and the doc string to {@code docAt}. */
  String line(int nameWidth, int docAt) {
    if (keyword == null) {
      return comment == null ? "" : comment;
    }
    String out = head(nameWidth);
    if (doc != null) {
      out = docInColumn() ? padded(out, docAt) + doc : out + " " + doc;
    }
    return comment == null ? out : out + "  " + comment;
  }

  /** {@code text} followed by spaces up to {@code width} code points. */
  static String padded(String text, int width) {
    int length = width(text);
    return length >= width ? text : text + " ".repeat(width - length);
  }

  static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
