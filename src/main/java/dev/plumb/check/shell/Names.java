package dev.plumb.check.shell;

/** The character classes of shell names ({@code NAME=value}, {@code $NAME}). */
final class Names {
  private Names() {}

  static boolean isNameStart(int cp) {
    return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  static boolean isNameChar(int cp) {
    return isNameStart(cp) || (cp >= '0' && cp <= '9');
  }

  /** The one-character special parameters: {@code $@ $* $# $? $$ $! $-} and digits. */
  static boolean isSpecial(int cp) {
    return "@*#?$!-".indexOf(cp) >= 0 || (cp >= '0' && cp <= '9');
  }

  static boolean isName(String s) {
    if (s.isEmpty() || !isNameStart(s.charAt(0))) {
      return false;
    }
    return s.chars().allMatch(Names::isNameChar);
  }
}
