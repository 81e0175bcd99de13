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

  private final Report report;

  CommandWords(Report report) {
    this.report = report;
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
        report.structural(
            Code.P302,
            span,
            "command group '" + word + "' is not allowed",
            "write the commands one after another, each on its own");
        return word.equals("{");
      }
      case "!" -> {
        report.structural(Code.P303, span, "negation '!' is not allowed", DECIDE);
        return true;
      }
      case "[[", "]]" -> {
        report.structural(
            Code.P310,
            span,
            "test '" + word + "' is bash-only",
            DECIDE + ", or use the POSIX '[ … ]' test");
        return false;
      }
      case "time" -> {
        report.structural(
            Code.P310,
            span,
            "keyword 'time' is bash-only: in sh it is a program of its own, or missing",
            "run the command without it, or write the program's path, e.g. /usr/bin/time");
        return true;
      }
      case "function" -> {
        report.structural(
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
      case "alias" -> {
        builtin(word, span, "write the command out: an alias's text is read again as code");
        return false;
      }
      case "fc" -> {
        builtin(word, span, "write the command out: 'fc' runs commands from the history");
        return false;
      }
      case "let" -> {
        bashOnly(word, span, "bash evaluates its arguments as arithmetic; compute in a hole");
        return false;
      }
      case "coproc" -> {
        bashOnly(word, span, "run the command in the script itself");
        return true;
      }
      case "declare", "typeset", "mapfile", "readarray", "shopt", "enable" -> {
        bashOnly(word, span, "assign with NAME=value, or decide at compile time");
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
      report.structural(
          Code.P309,
          span,
          "'set " + argument + "' would switch off a shell option the script relies on",
          "keep 'set -eu' on and " + DECIDE);
    }
  }

  private void bashOnly(String word, Span span, String hint) {
    report.structural(Code.P310, span, "builtin '" + word + "' is bash-only", hint);
  }

  private void control(String word, Span span, String hint) {
    report.structural(Code.P301, span, "shell control flow '" + word + "' is not allowed", hint);
  }

  private void builtin(String word, Span span, String hint) {
    report.structural(Code.P309, span, "builtin '" + word + "' is not allowed", hint);
  }
}
