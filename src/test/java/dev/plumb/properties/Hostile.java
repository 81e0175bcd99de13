package dev.plumb.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Values chosen to break shell quoting: quotes, backslashes, '$', backquotes, newlines… */
final class Hostile {
  private static final String SHELL = "'\"\\$`!#~*?[]{}()<>|&;= \t\n\r-%^@:,.";

  /** Pieces that mean something to a shell, to plumb's template syntax or to a here-document. */
  private static final List<String> PIECES =
      List.of(
          "'",
          "\"",
          "\\",
          "$",
          "`",
          "\n",
          "\r",
          "#",
          "~",
          "*",
          "-",
          "{{",
          "}}",
          "%",
          ",",
          ",,",
          ";",
          "&",
          "|",
          "<",
          ">",
          "(",
          ")",
          " ",
          "\t",
          "!",
          "?",
          "[",
          "]",
          "=",
          "EOF",
          "$(touch canary)",
          "`touch canary`",
          "'; touch canary; '",
          "\"; touch canary; \"",
          "${IFS}",
          "$HOME",
          "\\$(touch canary)",
          "\\\n",
          "-rf",
          "--",
          "\u0080",
          "\u0085",
          "\u00a0",
          "\u2028",
          "\ufeff",
          "é",
          "\uD83D\uDE00");

  private Hostile() {}

  /**
   * Any Unicode text without NUL (no lone surrogates: they are not text), biased to shell syntax.
   */
  static Arbitrary<String> strings() {
    Arbitrary<String> codePoint =
        Arbitraries.frequencyOf(
            Tuple.of(
                6, Arbitraries.of(SHELL.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
            Tuple.of(3, Arbitraries.strings().alpha().ofLength(1)),
            Tuple.of(
                1,
                Arbitraries.integers()
                    .between(1, 0x10FFFF)
                    .filter(c -> c < 0xD800 || c > 0xDFFF)
                    .map(Character::toString)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "EOF", "{{", "}}", "$(touch canary)", "`touch canary`", "'; touch canary; '")));
    return codePoint.list().ofMaxSize(24).map(parts -> String.join("", parts));
  }

  /** A valid path: non-empty, no newline or carriage return, not starting with '-'. */
  static Arbitrary<String> paths() {
    return strings().map(ValuesGen::path);
  }

  /**
   * Text from the hostile alphabet of the injection properties: shell and template syntax, line
   * breaks, a leading '-' now and then, and sometimes a few kilobytes of it.
   */
  static Arbitrary<String> injection() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(PIECES)),
            Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(3)),
            Tuple.of(
                1,
                Arbitraries.integers()
                    .between(1, 0x10FFFF)
                    .filter(c -> c < 0xD800 || c > 0xDFFF)
                    .map(Character::toString)));
    Arbitrary<String> text = piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    Arbitrary<String> dashed = text.map(t -> "-" + t);
    Arbitrary<String> long_ =
        Combinators.combine(text, Arbitraries.integers().between(30, 300))
            .as((t, n) -> cut((t.isEmpty() ? "$`'\"\\\n" : t).repeat(n), 4096));
    return Arbitraries.frequencyOf(Tuple.of(7, text), Tuple.of(2, dashed), Tuple.of(1, long_));
  }

  /**
   * A file name in the working folder: one path segment, never '.' or '..', short enough for any
   * file system.
   */
  static Arbitrary<String> fileNames() {
    return injection()
        .map(t -> "r" + t.replace("/", "").replace("\n", "").replace("\r", ""))
        .map(t -> cut(t, 60));
  }

  /** Text with at least one unpaired surrogate, which is not text at all. */
  static Arbitrary<String> withSurrogate() {
    return Combinators.combine(
            injection().map(t -> cut(t, 40)),
            Arbitraries.chars().range('\uD800', '\uDFFF'),
            strings())
        .as(
            (before, lone, after) ->
                before + lone + (Character.isHighSurrogate(lone) ? "x" : "") + after)
        .filter(Hostile::hasLoneSurrogate);
  }

  /** At most {@code max} chars of {@code s}, never splitting a surrogate pair. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with every character outside printable ASCII written as a Java escape, for messages.
   */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    c >= 0x20 && c < 0x7f && c != '\\'
                        ? Character.toString(c)
                        : String.format("\\u{%x}", c)));
    return out.toString();
  }

  /**
   * dash 0.5.12 drops a byte from a here-document line that starts with part of the delimiter
   * followed by a non-ASCII character ("E\u00e9" with delimiter EOF comes out as 45 a9): a shell
   * bug no quoting can avoid, so that comparison is left to bash and busybox.
   */
  static boolean dashLosesAByte(String s, String delimiter) {
    for (String line : s.split("\n", -1)) {
      for (int k = 1; k <= delimiter.length() && k < line.length(); k++) {
        if (delimiter.startsWith(line.substring(0, k)) && line.charAt(k) >= 0x80) {
          return true;
        }
      }
    }
    return false;
  }
}
