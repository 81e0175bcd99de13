package dev.plumb.syntax;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.types.Sizes;
import java.util.List;

/** Reads literal tokens: string escapes, ints and sizes, with their errors. */
final class Literals {
  private Literals() {}

  /** The string between the quotes of a STRING token, escapes resolved; null after an error. */
  static String string(String token, Span span, List<Diagnostic> errors) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < token.length() - 1; i++) {
      char c = token.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = token.charAt(++i);
      switch (next) {
        case '"', '\\' -> out.append(next);
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        default -> {
          errors.add(
              Diagnostic.error(Code.P103, span, "unknown escape '\\" + next + "' in a string")
                  .withHint("use \\\" \\\\ \\n \\t or \\r"));
          return null;
        }
      }
    }
    return out.toString();
  }

  /** A non-negative int literal; null (and an error) when it does not fit in 64 bits. */
  static Long integer(String digits, boolean negative, Span span, List<Diagnostic> errors) {
    try {
      return Long.parseLong(negative ? "-" + digits : digits);
    } catch (NumberFormatException e) {
      errors.add(
          Diagnostic.error(Code.P108, span, "number " + digits + " does not fit in 64 bits"));
      return null;
    }
  }

  /** A size literal such as {@code 512M}, in bytes; null (and an error) on overflow. */
  static Long size(String token, Span span, List<Diagnostic> errors) {
    String digits = token.substring(0, token.length() - 1);
    long unit = Sizes.unit(token.charAt(token.length() - 1));
    try {
      return Math.multiplyExact(Long.parseLong(digits), unit);
    } catch (ArithmeticException | NumberFormatException e) {
      errors.add(Diagnostic.error(Code.P108, span, "size " + token + " is too large"));
      return null;
    }
  }
}
