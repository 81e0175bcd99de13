package dev.plumb.emit;

import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.Quoting;
import dev.plumb.types.Sizes;
import dev.plumb.types.Value;
import java.util.Set;

/**
 * Writes a value into shell text so that it stays exactly one value: quoting is decided by the
 * value's type and the hole's context (docs/language.md §1.5 and §3.2), never by the template.
 */
public final class Quoter {
  /** Words the shell would read as syntax in command position, so never written bare. */
  private static final Set<String> RESERVED =
      Set.of(
          "if then elif else fi case esac for select while until do done function in time coproc"
              .split(" "));

  private Quoter() {}

  /**
   * The text of {@code value} in {@code context}; the checker has ruled out lists outside bare
   * words.
   */
  public static String render(Value value, HoleContext context) {
    if (value instanceof Value.ListOf list) {
      StringBuilder out = new StringBuilder();
      for (Value element : list.elements()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(render(element, context));
      }
      return out.toString();
    }
    if (value instanceof Value.Secret secret) {
      return context.quoting() == Quoting.UNQUOTED
          ? "\"${" + secret.variable() + "}\""
          : "${" + secret.variable() + "}";
    }
    String text = scalar(value);
    return switch (context.quoting()) {
      case UNQUOTED -> context.alwaysQuote() ? quoted(text) : word(text);
      case DOUBLE_QUOTED -> escape(text, "\\\"$`");
      case HEREDOC_EXPANDING -> escape(text, "\\$`");
      case HEREDOC_LITERAL, COMMENT -> text;
    };
  }

  /**
   * The length of {@code value}'s text before quoting (a list's elements with a space between): a
   * cheap lower bound of what {@link #render} writes, for bounding a script's size as it grows.
   */
  public static long unquotedLength(Value value) {
    if (value instanceof Value.ListOf list) {
      long length = Math.max(0, list.elements().size() - 1);
      for (Value element : list.elements()) {
        length += unquotedLength(element);
      }
      return length;
    }
    if (value instanceof Value.Secret secret) {
      return secret.variable().length() + 3;
    }
    return scalar(value).length();
  }

  /** A scalar's text before quoting; sizes in the largest exact unit, bytes bare. */
  public static String scalar(Value value) {
    return Value.text(value, Sizes::shell);
  }

  /**
   * Bare when made only of {@code [A-Za-z0-9_@%+:,./-]} and not a reserved word; else
   * single-quoted.
   */
  public static String word(String text) {
    if (!text.isEmpty() && !RESERVED.contains(text) && isSafe(text)) {
      return text;
    }
    return quoted(text);
  }

  /** Single-quoted, each {@code '} written {@code '\''}. */
  public static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean safe =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || "_@%+:,./-".indexOf(c) >= 0;
      if (!safe) {
        return false;
      }
    }
    return true;
  }

  private static String escape(String text, String special) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (special.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
