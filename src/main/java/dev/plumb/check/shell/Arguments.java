package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import java.util.List;
import java.util.Set;

/**
 * Arguments a command reads as code or as a variable's name: a hole there would let a value run
 * commands or pick a variable (bash evaluates an array subscript in a name: {@code a[$(…)]}),
 * however it is quoted. Applies to the script and to bodies declared as shell alike.
 */
final class Arguments {
  private static final Set<String> RUN_CODE =
      Set.of("eval", "trap", "alias", "let", ".", "source", "fc");
  private static final Set<String> NAME_VARIABLES =
      Set.of("read", "unset", "getopts", "mapfile", "readarray");
  private static final Set<String> DECLARE =
      Set.of("export", "readonly", "local", "declare", "typeset");
  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "posh", "yash", "busybox");
  private static final Set<String> RUN_SHELL = Set.of("su", "runuser");

  /**
   * What the command's words so far say about the next one.
   *
   * @param previous the last word, when it was literal; else null
   * @param shell a shell (or {@code su}) was named: the word after {@code -c} is code
   * @param integer an option of {@code declare}/{@code local} made its variables integers, whose
   *     values bash evaluates as arithmetic
   */
  record Seen(String previous, boolean shell, boolean integer) {
    static final Seen NONE = new Seen(null, false, false);

    static Seen of(String command) {
      boolean shell = command != null && (isShell(command) || RUN_SHELL.contains(command));
      return new Seen(command, shell, false);
    }

    /** A shell was named: its file arguments are run as shell. */
    boolean runsFiles() {
      return shell;
    }
  }

  private Arguments() {}

  static Seen check(Report report, String command, Seen seen, Token.Word word) {
    // in the script, these commands are refused themselves; in a shell body, their arguments are
    boolean refusedAlready = !report.permissive() && command != null && RUN_CODE.contains(command);
    if (!word.holes().isEmpty() && command != null && !refusedAlready) {
      String why = why(command, seen, word);
      if (why != null) {
        for (WordChar c : word.holes()) {
          report.error(
              Code.P322,
              c.hole().hole().span(),
              "a value in an argument of '" + command + "', which " + why,
              hint(command));
        }
      }
    }
    String text = word.holes().isEmpty() ? word.cooked() : null;
    boolean integer =
        seen.integer()
            || (command != null
                && DECLARE.contains(command)
                && text != null
                && text.matches("-[A-Za-z]*i[A-Za-z]*"));
    return new Seen(text, seen.shell() || isShell(text), integer);
  }

  /** Why a hole in this argument is refused, or null when it is not. */
  private static String why(String command, Seen seen, Token.Word word) {
    String previous = seen.previous();
    if (RUN_CODE.contains(command)) {
      return "the shell runs as code";
    }
    if (command.equals("set")) {
      return "could switch off an option the script relies on ('+e') or set the positional"
          + " parameters";
    }
    if (NAME_VARIABLES.contains(command)) {
      return "names variables (bash evaluates a subscript in a name: a[$(…)])";
    }
    if (DECLARE.contains(command)) {
      int eq = indexOfEquals(word.chars());
      if (seen.integer()) {
        return "makes integer variables, whose values bash evaluates as arithmetic";
      }
      if (holeBefore(word.chars(), eq)) {
        return "names variables (bash evaluates a subscript in a name: a[$(…)])";
      }
      String name = Assignments.name(word.chars(), eq);
      if (name != null && Assignments.SHELL_READS.contains(name)) {
        return "sets " + name + ", which the shell reads as code or uses to split words";
      }
      return null;
    }
    boolean afterOption =
        ("printf".equals(command) && ("-v".equals(previous) || startsWithLiteral(word, "-v")))
            || (("test".equals(command) || "[".equals(command))
                && ("-v".equals(previous) || "-R".equals(previous)))
            || ("wait".equals(command) && "-p".equals(previous));
    if (afterOption) {
      return "names a variable (bash evaluates a subscript in a name: a[$(…)])";
    }
    if (seen.shell() && previous != null && previous.matches("-[A-Za-z]*c")) {
      return "the shell it starts runs as code";
    }
    return null;
  }

  private static String hint(String command) {
    if (RUN_CODE.contains(command) || SHELLS.contains(command) || RUN_SHELL.contains(command)) {
      return "pass the value as a positional parameter: sh -c 'echo \"$1\"' sh {{ value }}";
    }
    return "write the argument literally";
  }

  private static boolean isShell(String word) {
    if (word == null) {
      return false;
    }
    String name = word.substring(word.lastIndexOf('/') + 1);
    return SHELLS.contains(name);
  }

  private static int indexOfEquals(List<WordChar> chars) {
    for (int i = 0; i < chars.size(); i++) {
      if (chars.get(i).isUnquoted('=')) {
        return i;
      }
    }
    return chars.size();
  }

  private static boolean holeBefore(List<WordChar> chars, int end) {
    for (int i = 0; i < end; i++) {
      if (chars.get(i).kind() == WordChar.Kind.HOLE) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLiteral(Token.Word word, String prefix) {
    List<WordChar> chars = word.chars();
    for (int i = 0; i < prefix.length(); i++) {
      if (i >= chars.size()
          || chars.get(i).kind() != WordChar.Kind.LITERAL
          || chars.get(i).cp() != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
