package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import dev.plumb.source.Span;
import java.util.List;

/**
 * Reads the tokens as a sequence of simple commands: gives every word's holes their role, and
 * reports the operators and command words a straight-line script may not use.
 */
final class CommandChecker {
  /** Builtins the checker forbids (or watches), which the shell runs however they are quoted. */
  private static final java.util.Set<String> QUOTABLE_BUILTINS =
      java.util.Set.of("eval", "source", ".", "trap", "set", "command", "builtin");

  /** Builtins that run the command named by their first argument that is not an option. */
  private static final java.util.Set<String> WRAPPERS = java.util.Set.of("command", "builtin");

  private final ShellText text;
  private final Findings findings;
  private final CommandWords commandWords;

  /** The next word may be an assignment, a reserved word or the command name. */
  private boolean commandPosition = true;

  /** The redirection (or here-document operator) whose target is the next word, else null. */
  private Token.Op redirect;

  /** No word or redirection since the command started. */
  private boolean empty = true;

  /** The command name when it is plain text, else null. */
  private String command;

  /**
   * After {@code command} or {@code builtin} (and their options): the next word names the command
   * run.
   */
  private boolean wrapped;

  /** Inside {@code case … esac} a {@code )} ends a pattern, not a subshell. */
  private int caseDepth;

  CommandChecker(ShellText text, Findings findings) {
    this.text = text;
    this.findings = findings;
    this.commandWords = new CommandWords(findings);
  }

  void check(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token instanceof Token.Word word) {
        if (i + 1 < tokens.size() && tokens.get(i + 1) instanceof Token.Op op) {
          touchesRedirection(word, op);
        }
        word(word);
      } else if (token instanceof Token.Op op) {
        op(op);
      } else {
        targetMissing();
        startCommand();
      }
    }
    targetMissing();
  }

  /**
   * {@code {{ n }}>f}: a value of digits would turn the word into a file descriptor, so the hole is
   * marked for the type rules.
   */
  private void touchesRedirection(Token.Word word, Token.Op op) {
    boolean redirection = op.text().startsWith("<") || op.text().startsWith(">");
    if (!redirection || op.start() != word.end() || word.quoted() || word.holes().isEmpty()) {
      return;
    }
    for (WordChar c : word.chars()) {
      boolean digit = c.kind() == WordChar.Kind.LITERAL && Character.isDigit(c.cp());
      if (!digit && c.kind() != WordChar.Kind.HOLE) {
        return;
      }
    }
    for (WordChar c : word.holes()) {
      findings.beforeRedirection(c.hole());
    }
  }

  private void startCommand() {
    commandPosition = true;
    redirect = null;
    empty = true;
    command = null;
    wrapped = false;
  }

  private void op(Token.Op op) {
    Span span = text.span(op.start(), op.start() + op.text().length());
    String name = op.text();
    targetMissing();
    switch (name) {
      case ";", "|" -> {
        if (empty) {
          findings.error(
              Code.P321,
              span,
              "'" + name + "' with no command before it",
              name.equals(";")
                  ? "remove the ';'"
                  : "put the command whose output it reads before the '|'");
        }
        startCommand();
      }
      case "&&", "||" -> {
        String hint =
            name.equals("&&")
                ? "write the commands one after another: the script already stops when one fails"
                : "decide with %if at compile time, where the state is known";
        findings.error(Code.P303, span, "conditional operator '" + name + "' is not allowed", hint);
        startCommand();
      }
      case ";;" -> {
        findings.error(
            Code.P303,
            span,
            "case terminator ';;' is not allowed",
            "decide with %if at compile time");
        startCommand();
      }
      case "&" -> {
        findings.error(
            Code.P304,
            span,
            "background job '&' would hide the command's failure",
            "use 'daemon -p PIDFILE' or 'qemu -daemonize' instead of '&'");
        startCommand();
      }
      case "|&" -> {
        findings.error(Code.P310, span, "pipe '|&' is bash-only", "write '2>&1 |' instead");
        startCommand();
      }
      case "(" -> {
        subshell(span, name);
        startCommand();
      }
      case ")" -> {
        subshell(span, name);
        if (caseDepth > 0) {
          startCommand();
        } else {
          commandPosition = false;
        }
      }
      case "&>", "&>>", "<<<" -> {
        String hint =
            name.equals("<<<")
                ? "use a here-document, or printf '%s\\n' … | command"
                : "write '" + name.substring(1) + " FILE 2>&1' instead";
        String what = name.equals("<<<") ? "here-string" : "redirection";
        findings.error(Code.P310, span, what + " '" + name + "' is bash-only", hint);
        redirect = op;
        empty = false;
      }
      default -> {
        redirect = op;
        empty = false;
      }
    }
  }

  /**
   * A redirection whose target never came ({@code echo a >} at the end of a line, or before an
   * operator): no shell parses it. A here-document without its delimiter is P317, found by the
   * lexer.
   */
  private void targetMissing() {
    if (redirect != null && !redirect.text().equals("<<") && !redirect.text().equals("<<-")) {
      findings.error(
          Code.P321,
          text.span(redirect.start(), redirect.start() + redirect.text().length()),
          "redirection '" + redirect.text() + "' has no target",
          "name the file (or the descriptor, for '>&') right after it");
    }
    redirect = null;
  }

  private void subshell(Span span, String paren) {
    if (caseDepth == 0) {
      findings.error(
          Code.P302,
          span,
          "subshell '" + paren + "' is not allowed",
          "run the commands in the script itself, one after another");
    }
  }

  private void word(Token.Word word) {
    if (word.ioNumber()) {
      return;
    }
    empty = false;
    if (redirect != null) {
      redirect = null;
      roles(word, Role.REDIRECT_TARGET);
      braces(word);
    } else if (wrapped && !isOption(word)) {
      // 'command eval …' runs eval: the word after the wrapper is checked as a command name
      wrapped = false;
      commandName(word);
    } else if (!commandPosition) {
      roles(word, Role.ARGUMENT);
      braces(word);
      if ("set".equals(command)) {
        commandWords.setArgument(word.cooked(), span(word));
      }
    } else if (!assignment(word)) {
      commandName(word);
    }
  }

  private void commandName(Token.Word word) {
    roles(word, Role.COMMAND_NAME);
    command = word.plain();
    if (command == null && word.holes().isEmpty() && QUOTABLE_BUILTINS.contains(word.cooked())) {
      // quotes stop a reserved word, not a builtin: "eval" and \eval still run eval
      command = word.cooked();
    }
    commandPosition = command != null && commandWords.check(command, span(word));
    wrapped = command != null && WRAPPERS.contains(command);
    caseDepth += "case".equals(command) ? 1 : 0;
    caseDepth -= "esac".equals(command) && caseDepth > 0 ? 1 : 0;
    braces(word);
  }

  /** A literal word starting with '-': an option of {@code command} ({@code -p}, {@code -v}). */
  private static boolean isOption(Token.Word word) {
    return word.holes().isEmpty() && word.cooked().startsWith("-");
  }

  /** A leading {@code NAME=value}; a hole in the name would let a value decide the name. */
  private boolean assignment(Token.Word word) {
    List<WordChar> chars = word.chars();
    int eq = 0;
    while (eq < chars.size() && !chars.get(eq).isUnquoted('=')) {
      eq++;
    }
    if (eq == 0 || eq == chars.size()) {
      return false;
    }
    for (int i = 0; i < eq; i++) {
      WordChar c = chars.get(i);
      boolean hole = c.kind() == WordChar.Kind.HOLE && !c.quoted();
      boolean name = c.kind() == WordChar.Kind.LITERAL && !c.quoted() && Names.isNameChar(c.cp());
      if ((!hole && !name) || (i == 0 && name && Character.isDigit(c.cp()))) {
        return false;
      }
    }
    for (int i = 0; i < eq; i++) {
      if (chars.get(i).kind() == WordChar.Kind.HOLE) {
        findings.error(
            Code.P313,
            chars.get(i).hole().span(),
            "a hole in the name of an assignment would let a value choose the variable",
            "write the variable name literally");
        findings.settle(chars.get(i).hole());
      }
    }
    roles(word, Role.ASSIGNMENT_VALUE);
    return true;
  }

  private void roles(Token.Word word, Role role) {
    for (WordChar c : word.holes()) {
      findings.role(c.hole(), role, word.wholeHole());
    }
  }

  private void braces(Token.Word word) {
    for (int[] pair : Braces.find(word.chars())) {
      findings.error(
          Code.P310,
          text.span(pair[0], pair[1] + 1),
          "brace expansion is bash-only",
          "write the words out, or pass a list with a whole-word list hole");
    }
  }

  private Span span(Token.Word word) {
    return text.span(word.start(), word.end());
  }
}
