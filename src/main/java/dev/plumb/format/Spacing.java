package dev.plumb.format;

import dev.plumb.syntax.Lexeme;
import java.util.List;

/**
 * The canonical spacing of the tokens of an expression, a directive's arguments or a declaration:
 * one space between two tokens unless one of them binds to the other ({@code f(x)}, {@code a.b},
 * {@code -1}, {@code [1, 2]}, {@code list<path>?}, {@code 1..64}, {@code name: type}).
 */
final class Spacing {
  private Spacing() {}

  static String join(List<Lexeme> lexemes) {
    StringBuilder out = new StringBuilder();
    Lexeme previous = null;
    for (Lexeme lexeme : lexemes) {
      if (previous != null && apart(previous, lexeme)) {
        out.append(' ');
      }
      out.append(lexeme.text());
      previous = lexeme;
    }
    return out.toString();
  }

  /** Whether two tokens side by side are set apart by a space. */
  static boolean apart(Lexeme left, Lexeme right) {
    if (left.text().equals("}") && right.text().equals("}")) {
      // two closing braces side by side would be read as the '}}' that ends a hole
      return true;
    }
    boolean bindsRight =
        switch (left.role()) {
          case SIGN, JOIN, ARGUMENTS, OPEN -> true;
          default -> false;
        };
    boolean bindsLeft =
        switch (right.role()) {
          case JOIN, SEPARATOR, ARGUMENTS, CLOSE -> true;
          default -> false;
        };
    return !bindsRight && !bindsLeft;
  }

  /** {@code text} without the blanks (spaces and tabs) at its end. */
  static String trimEnd(String text) {
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** {@code text} without the blanks at its start. */
  static String trimStart(String text) {
    int start = 0;
    while (start < text.length() && isBlank(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
