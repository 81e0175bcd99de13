package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word in command position of the form {@code NAME=value}: a value may be assigned, but may not
 * choose the variable, nor be given to a variable the shell runs as code.
 */
final class Assignments {
  /**
   * Variables whose value the shell reads as code or uses to split words: {@code PS4} is expanded
   * (with its command substitutions) before every traced command, {@code ENV} and {@code BASH_ENV}
   * name files a shell sources, {@code IFS} changes how every unquoted expansion is split.
   */
  static final Set<String> SHELL_READS =
      Set.of(
          "PS1",
          "PS2",
          "PS3",
          "PS4",
          "ENV",
          "BASH_ENV",
          "PROMPT_COMMAND",
          "IFS",
          "SHELLOPTS",
          "BASHOPTS",
          "CDPATH");

  private Assignments() {}

  /** Gives a word's holes their role, but for those already reported. */
  interface Roles {
    void give(Token.Word word, Role role, Set<WordChar> reported);
  }

  /** Reads {@code word} as an assignment if it is one, giving its holes their role. */
  static boolean check(Report report, Token.Word word, Roles roles) {
    List<WordChar> chars = word.chars();
    int eq = 0;
    while (eq < chars.size() && !chars.get(eq).isUnquoted('=')) {
      eq++;
    }
    if (eq == 0 || eq == chars.size()) {
      return false;
    }
    int nameEnd = eq > 1 && chars.get(eq - 1).isUnquoted('+') ? eq - 1 : eq;
    int bracket = nameEnd;
    if (chars.get(nameEnd - 1).isUnquoted(']')) {
      bracket = 0;
      while (bracket < nameEnd && !chars.get(bracket).isUnquoted('[')) {
        bracket++;
      }
      if (bracket == 0 || bracket == nameEnd) {
        return false;
      }
    }
    for (int i = 0; i < bracket; i++) {
      WordChar c = chars.get(i);
      boolean hole = c.kind() == WordChar.Kind.HOLE && !c.quoted();
      boolean name = c.kind() == WordChar.Kind.LITERAL && !c.quoted() && Names.isNameChar(c.cp());
      if ((!hole && !name) || (i == 0 && name && Character.isDigit(c.cp()))) {
        return false;
      }
    }
    Set<WordChar> reported = new HashSet<>();
    for (int i = 0; i < bracket; i++) {
      if (chars.get(i).kind() == WordChar.Kind.HOLE) {
        reported.add(chars.get(i));
        report.error(
            Code.P313,
            chars.get(i).hole().hole().span(),
            "a hole in the name of an assignment would let a value choose the variable",
            "write the variable name literally");
      }
    }
    if (bracket < nameEnd) {
      subscript(report, word, bracket, nameEnd);
    }
    valueReadAsCode(report, word, name(chars, bracket), eq);
    roles.give(word, Role.ASSIGNMENT_VALUE, reported);
    return true;
  }

  /** {@code NAME[i]=value}: bash evaluates the subscript as arithmetic, with its expansions. */
  private static void subscript(Report report, Token.Word word, int open, int close) {
    List<WordChar> chars = word.chars();
    report.structural(
        Code.P310,
        Glyph.span(chars.get(0).at(), chars.get(close - 1).at()),
        "bash array element assignment is not allowed",
        "use a plain variable, or pass the elements as separate arguments");
    for (int i = open; i < close; i++) {
      if (chars.get(i).kind() == WordChar.Kind.HOLE) {
        report.error(
            Code.P322,
            chars.get(i).hole().hole().span(),
            "a hole in an array subscript: bash evaluates the subscript as arithmetic, and runs"
                + " a '$(…)' in the value",
            "use a plain variable name");
      }
    }
  }

  /** Holes after the {@code =} of {@code name=} when the shell reads that variable as code. */
  static void valueReadAsCode(Report report, Token.Word word, String name, int eq) {
    if (name == null || !SHELL_READS.contains(name)) {
      return;
    }
    List<WordChar> chars = word.chars();
    for (int i = eq + 1; i < chars.size(); i++) {
      if (chars.get(i).kind() == WordChar.Kind.HOLE) {
        report.error(
            Code.P322,
            chars.get(i).hole().hole().span(),
            "a value assigned to "
                + name
                + ", which the shell reads as code or uses to split words",
            "write the value of " + name + " literally");
      }
    }
  }

  /** The literal name before position {@code end}, or null when it holds a hole. */
  static String name(List<WordChar> chars, int end) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < end; i++) {
      if (chars.get(i).kind() != WordChar.Kind.LITERAL) {
        return null;
      }
      name.appendCodePoint(chars.get(i).cp());
    }
    return name.toString();
  }
}
