package dev.plumb.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Values chosen to break shell quoting: quotes, backslashes, '$', backquotes, newlines… */
final class Hostile {
  private static final String SHELL = "'\"\\$`!#~*?[]{}()<>|&;= \t\n\r-%^@:,.";

  private Hostile() {}

  /** Any Unicode text without NUL (no lone surrogates: they are not text), biased to shell syntax. */
  static Arbitrary<String> strings() {
    Arbitrary<String> codePoint = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(SHELL.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().alpha().ofLength(1)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 0x10FFFF)
            .filter(c -> c < 0xD800 || c > 0xDFFF)
            .map(Character::toString)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("EOF", "{{", "}}", "$(touch canary)", "`touch canary`", "'; touch canary; '")));
    return codePoint.list().ofMaxSize(24).map(parts -> String.join("", parts));
  }

  /** A valid path: non-empty, no newline or carriage return, not starting with '-'. */
  static Arbitrary<String> paths() {
    return strings()
        .map(s -> s.replace("\n", "").replace("\r", ""))
        .map(s -> s.startsWith("-") || s.isEmpty() ? "/" + s : s);
  }
}
