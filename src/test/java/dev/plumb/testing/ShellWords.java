package dev.plumb.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words by the quoting rules of the POSIX shell, without running one:
 * blanks separate words; {@code '…'} keeps every character; {@code "…"} keeps every character but
 * {@code \"}, {@code \\}, {@code \$} and {@code \`}, which stand for the second one; a backslash
 * outside quotes keeps the next character; and bash's {@code $'…'} writes {@code \n}, {@code \t},
 * {@code \r}, {@code \\}, {@code \'}, {@code \"} and {@code \}{@code uHHHH}. What a shell would
 * read otherwise (an expansion, a redirection, a pattern, a comment, an unclosed quote) is refused
 * rather than taken literally, so that a line means the same here and pasted into bash.
 */
public final class ShellWords {
  /** Characters a shell gives a meaning outside quotes: they must be quoted. */
  private static final String SPECIAL = "|&;<>()$`*?[]{}#~";

  private ShellWords() {}

  /** The words of {@code line}; a line that is not one simple command throws. */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        i++;
        continue;
      }
      word = word == null ? new StringBuilder() : word;
      if (c == '\'') {
        int close = close(line, i + 1, '\'');
        word.append(line, i + 1, close);
        i = close + 1;
      } else if (c == '"') {
        i = doubleQuoted(line, i + 1, word);
      } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        i = ansiC(line, i + 2, word);
      } else if (c == '\\') {
        if (i + 1 == line.length()) {
          throw refused(line, i, "a backslash ends the line");
        }
        word.append(line.charAt(i + 1));
        i += 2;
      } else if (SPECIAL.indexOf(c) >= 0 || c == '\n' || c == '\r') {
        throw refused(line, i, "quote '" + c + "': a shell gives it a meaning");
      } else {
        word.append(c);
        i++;
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** Writes {@code words} as a line that {@link #split} (and a shell) reads back as them. */
  public static String join(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(quote(word));
    }
    return String.join(" ", quoted);
  }

  /**
   * One word as it reads best: bare when nothing in it needs quoting; {@code NAME=} bare before a
   * quoted value; in single quotes, double quotes or {@code $'…'} (for control characters and
   * U+FFFD) otherwise.
   */
  public static String quote(String word) {
    if (!word.isEmpty() && word.chars().allMatch(ShellWords::plain)) {
      return word;
    }
    int eq = word.indexOf('=');
    if (eq > 0 && word.substring(0, eq + 1).chars().allMatch(ShellWords::plain)) {
      return word.substring(0, eq + 1) + quoteWhole(word.substring(eq + 1));
    }
    return quoteWhole(word);
  }

  private static String quoteWhole(String word) {
    if (word.chars().anyMatch(c -> c < ' ' || c == 0x7f || c == '\uFFFD')) {
      StringBuilder out = new StringBuilder("$'");
      for (char c : word.toCharArray()) {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          case '\r' -> out.append("\\r");
          case '\\' -> out.append("\\\\");
          case '\'' -> out.append("\\'");
          default ->
              out.append(
                  c < ' ' || c == 0x7f || c == '\uFFFD' ? String.format("\\u%04X", (int) c) : c);
        }
      }
      return out.append('\'').toString();
    }
    if (word.indexOf('\'') < 0) {
      return "'" + word + "'";
    }
    return "\"" + word.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
  }

  private static boolean plain(int c) {
    return c > ' ' && c < 0x7f && SPECIAL.indexOf(c) < 0 && "'\"\\".indexOf(c) < 0;
  }

  private static int close(String line, int from, char quote) {
    int close = line.indexOf(quote, from);
    if (close < 0) {
      throw refused(line, from - 1, "this quote is never closed");
    }
    return close;
  }

  private static int doubleQuoted(String line, int from, StringBuilder word) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
        word.append(line.charAt(i + 1));
        i += 2;
      } else if (c == '$' || c == '`') {
        throw refused(line, i, "'" + c + "' expands inside double quotes: write \\" + c);
      } else {
        word.append(c);
        i++;
      }
    }
    throw refused(line, from - 1, "this quote is never closed");
  }

  private static int ansiC(String line, int from, StringBuilder word) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\'') {
        return i + 1;
      }
      if (c != '\\') {
        word.append(c);
        i++;
        continue;
      }
      char e = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
      switch (e) {
        case 'n' -> word.append('\n');
        case 't' -> word.append('\t');
        case 'r' -> word.append('\r');
        case '\\', '\'', '"' -> word.append(e);
        case 'u' -> {
          if (i + 6 > line.length()) {
            throw refused(line, i, "\\u takes four hexadecimal digits");
          }
          try {
            word.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
          } catch (NumberFormatException bad) {
            throw refused(line, i, "\\u takes four hexadecimal digits");
          }
          i += 4;
        }
        default ->
            throw refused(
                line,
                i,
                "an escape $'…' reads here is not one of \\n \\t \\r \\\\ \\' \\\" \\uHHHH");
      }
      i += 2;
    }
    throw refused(line, from - 2, "this quote is never closed");
  }

  private static IllegalArgumentException refused(String line, int at, String why) {
    return new IllegalArgumentException("column " + (at + 1) + ": " + why + ": " + line);
  }
}
