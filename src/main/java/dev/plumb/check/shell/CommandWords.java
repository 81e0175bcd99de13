package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import dev.plumb.source.Span;

/**
 * The words that are not plain commands when they stand in command position: reserved words of
 * compound commands, and the builtins a straight-line script may not run.
 */
final class CommandWords {
  private static final String DECIDE = "decide with %if at compile time";
  private static final String UNROLL = "unroll with %each at compile time";

  private final Findings findings;

  CommandWords(Findings findings) {
    this.findings = findings;
  }

  /**
   * Reports {@code word} if it may not start a command; answers whether the word after it
   * is again in command position ({@code if}, {@code !}, {@code {} introduce a command).
   */
  boolean check(String word, Span span) {
    switch (word) {
      case "if", "then", "elif", "else", "fi", "case", "esac" -> {
        control(word, span, DECIDE);
        return !word.equals("fi") && !word.equals("case") && !word.equals("esac");
      }
      case "while", "until", "do", "for", "select", "done" -> {
        control(word, span, UNROLL);
        return !word.equals("for") && !word.equals("select") && !word.equals("done");
      }
      case "{", "}" -> {
        findings.error(
            Code.P302,
            span,
            "command group '" + word + "' is not allowed",
            "write the commands one after another, each on its own");
        return word.equals("{");
      }
      case "!" -> {
        findings.error(Code.P303, span, "negation '!' is not allowed", DECIDE);
        return true;
      }
      case "[[", "]]" -> {
        findings.error(
            Code.P310,
            span,
            "test '" + word + "' is bash-only",
            DECIDE + ", or use the POSIX '[ … ]' test");
        return false;
      }
      case "time" -> {
        findings.error(
            Code.P310,
            span,
            "keyword 'time' is bash-only: in sh it is a program of its own, or missing",
            "run the command without it, or write the program's path, e.g. /usr/bin/time");
        return true;
      }
      case "function" -> {
        findings.error(
            Code.P310,
            span,
            "keyword 'function' is bash-only, and a straight-line script has no functions",
            "put the shared lines in a %fragment and %include it");
        return false;
      }
      case "eval" -> {
        builtin(word, span, "write the command out and put values in with holes");
        return false;
      }
      case "source", "." -> {
        builtin(word, span, "use %include to insert a fragment at compile time");
        return false;
      }
      case "trap" -> {
        builtin(
            word,
            span,
            "clean up in an operation of its own: the script stops at the first failure");
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  /** {@code set +e} and friends switch off the safety of {@code set -eu}. */
  void setArgument(String argument, Span span) {
    if (argument.startsWith("+")) {
      findings.error(
          Code.P309,
          span,
          "'set " + argument + "' would switch off a shell option the script relies on",
          "keep 'set -eu' on and " + DECIDE);
    }
  }

  private void control(String word, Span span, String hint) {
    findings.error(Code.P301, span, "shell control flow '" + word + "' is not allowed", hint);
  }

  private void builtin(String word, Span span, String hint) {
    findings.error(Code.P309, span, "builtin '" + word + "' is not allowed", hint);
  }
}
