package dev.plumb.format;

import dev.plumb.syntax.Lexeme;
import java.util.List;

/**
 * Whether two readings of a file differ only where the layout may: the same tokens on the same
 * lines, but for the blanks around a directive's keyword, a comment and a newline, and a newline at
 * the end of the text. Shell text is compared exactly: its blanks are written into the script.
 */
final class SameReading {
  private SameReading() {}

  static boolean of(List<Lexeme> read, List<Lexeme> written) {
    List<Lexeme> before = withoutFinalNewline(read);
    List<Lexeme> after = withoutFinalNewline(written);
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      Lexeme a = before.get(i);
      Lexeme b = after.get(i);
      if (a.role() != b.role()
          || a.slot() != b.slot()
          || a.line() != b.line()
          || !significant(a).equals(significant(b))) {
        return false;
      }
    }
    return true;
  }

  /** The tokens but a newline ending the text, which the layout adds where it is missing. */
  private static List<Lexeme> withoutFinalNewline(List<Lexeme> lexemes) {
    boolean ends =
        !lexemes.isEmpty() && lexemes.get(lexemes.size() - 1).role() == Lexeme.Role.NEWLINE;
    return ends ? lexemes.subList(0, lexemes.size() - 1) : lexemes;
  }

  private static String significant(Lexeme lexeme) {
    return switch (lexeme.role()) {
      case NEWLINE -> "";
      case DIRECTIVE, COMMENT -> Spacing.trimEnd(Spacing.trimStart(lexeme.text()));
      default -> lexeme.text();
    };
  }
}
