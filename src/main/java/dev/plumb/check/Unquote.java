package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Suggest;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An enum value written as a string ({@code init == "systemd"}): the hint shows the expression with
 * the quotes dropped, as it should be written.
 */
final class Unquote {
  private Unquote() {}

  /**
   * The hint for {@code whole}, where each of {@code literals} stands for a value of {@code en}:
   * the corrected expression when the source shows it, else the enum's values.
   */
  static String hint(Expr whole, List<Expr.Text> literals, Type.EnumOf en) {
    String text = whole.span().text();
    boolean exact = true;
    boolean replaced = true;
    List<Expr.Text> byColumn = new ArrayList<>(literals);
    byColumn.sort(Comparator.comparingInt((Expr.Text t) -> t.span().column()).reversed());
    StringBuilder fixed = new StringBuilder(text);
    for (Expr.Text literal : byColumn) {
      String word = literal.value();
      if (!en.words().contains(word)) {
        exact = false;
        List<String> near = Suggest.near(word, en.words());
        if (near.isEmpty()) {
          replaced = false;
          break;
        }
        word = near.get(0);
      }
      int from = literal.span().column() - whole.span().column();
      int to = literal.span().endColumn() - whole.span().column();
      if (text.isEmpty()
          || literal.span().line() != whole.span().line()
          || from < 0
          || to > text.codePointCount(0, text.length())) {
        replaced = false;
        break;
      }
      String current = fixed.toString();
      fixed.replace(current.offsetByCodePoints(0, from), current.offsetByCodePoints(0, to), word);
    }
    if (exact && replaced) {
      return "drop the quotes: " + fixed;
    }
    String values = replaced ? fixed.toString() : String.join(", ", en.words());
    return "drop the quotes, and write a value of " + en.display() + ": " + values;
  }

  /** The enum a value of {@code type} must be one of, or null. */
  static Type.EnumOf enumOf(Type type) {
    Type inner = type instanceof Type.OptionalOf o ? o.inner() : type;
    return inner instanceof Type.EnumOf en ? en : null;
  }
}
