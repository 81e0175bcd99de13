package dev.plumb.check.shell;

import dev.plumb.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the tokens as a sequence of simple commands: gives every word's holes their role, and
 * reports the operators and command words a straight-line script may not use.
 */
final class Commands {
  /** Builtins the checker forbids (or watches), which the shell runs however they are quoted. */
  private static final Set<String> QUOTABLE_BUILTINS =
      Set.of("eval", "source", ".", "trap", "set", "command", "builtin", "alias", "exec");

  /**
   * Builtins every shell runs in its own process: their arguments never show in another process's
   * command line ({@code printf '%s' SECRET | cmd} is how a secret reaches a command's stdin).
   */
  private static final Set<String> IN_PROCESS =
      Set.of("echo", "printf", "export", "readonly", "test", "[", "read", ":", "true", "false");

  /** Builtins that run the command named by their first argument that is not an option. */
  private static final Set<String> WRAPPERS = Set.of("command", "builtin", "exec");

  /** Beyond this, nested {@code case}s count as this many: a state must stay finite. */
  private static final int MAX_CASE_DEPTH = 8;

  /** What a reader's state holds of the command being read. */
  record Saved(
      boolean commandPosition,
      Token.Op redirect,
      boolean empty,
      String command,
      boolean wrapped,
      int caseDepth,
      boolean linebreak,
      Arguments.Seen seen,
      List<String> outputs) {

    Saved {
      outputs = List.copyOf(outputs);
    }

    static final Saved START =
        new Saved(true, null, true, null, false, 0, false, Arguments.Seen.NONE, List.of());
  }

  private final Report report;
  private final Heredocs heredocs;
  private final CommandWords commandWords;

  /** The next word may be an assignment, a reserved word or the command name. */
  private boolean commandPosition;

  /** The redirection (or here-document operator) whose target is the next word, else null. */
  private Token.Op redirect;

  /** No word or redirection since the command started. */
  private boolean empty;

  /** The command name when it is plain text, else null. */
  private String command;

  /** After {@code command}, {@code builtin} or {@code exec}: the next word names the command. */
  private boolean wrapped;

  /** Inside {@code case … esac} a {@code )} ends a pattern, not a subshell. */
  private int caseDepth;

  /** The last token was {@code |}, {@code &&} or {@code ||}: a line break goes on with it. */
  private boolean linebreak;

  /** What the arguments so far say about the ones to come. */
  private Arguments.Seen seen;

  /** The files the pipeline writes: redirection targets and {@code tee}'s arguments. */
  private final List<String> outputs;

  Commands(Report report, Heredocs heredocs, Saved saved) {
    this.report = report;
    this.heredocs = heredocs;
    this.commandWords = new CommandWords(report);
    this.commandPosition = saved.commandPosition();
    this.redirect = saved.redirect();
    this.empty = saved.empty();
    this.command = saved.command();
    this.wrapped = saved.wrapped();
    this.caseDepth = saved.caseDepth();
    this.linebreak = saved.linebreak();
    this.seen = saved.seen();
    this.outputs = new ArrayList<>(saved.outputs());
  }

  Saved save() {
    return new Saved(
        commandPosition, redirect, empty, command, wrapped, caseDepth, linebreak, seen, outputs);
  }

  /** Nothing of a command has been read, and nothing before goes on. */
  boolean atStart() {
    return empty && !linebreak && redirect == null;
  }

  /** A line break would go on with a pipeline ({@code |} at the end of a line). */
  boolean linebreak() {
    return linebreak;
  }

  private void startCommand() {
    commandPosition = true;
    redirect = null;
    empty = true;
    command = null;
    wrapped = false;
    seen = Arguments.Seen.NONE;
  }

  /** A pipeline ended: its here-documents write to what it wrote. */
  private void endPipeline() {
    heredocs.commandEnded(List.copyOf(outputs));
    outputs.clear();
  }

  void newline(Glyph g) {
    targetMissing();
    if (linebreak) {
      return;
    }
    endPipeline();
    startCommand();
  }

  void op(Token.Op op) {
    String name = op.text();
    targetMissing();
    linebreak = false;
    switch (name) {
      case ";", "|" -> {
        if (empty) {
          report.structural(
              Code.P321,
              op.span(),
              "'" + name + "' with no command before it",
              name.equals(";")
                  ? "remove the ';'"
                  : "put the command whose output it reads before the '|'");
        }
        linebreak = name.equals("|");
        if (!linebreak) {
          endPipeline();
        }
        startCommand();
      }
      case "&&", "||" -> {
        String hint =
            name.equals("&&")
                ? "write the commands one after another: the script already stops when one fails"
                : "decide with %if at compile time, where the state is known";
        report.structural(
            Code.P303, op.span(), "conditional operator '" + name + "' is not allowed", hint);
        linebreak = true;
        endPipeline();
        startCommand();
      }
      case ";;", ";&", ";;&" -> {
        report.structural(
            Code.P303,
            op.span(),
            "case terminator '" + name + "' is not allowed",
            "decide with %if at compile time");
        endPipeline();
        startCommand();
      }
      case "&" -> {
        report.structural(
            Code.P304,
            op.span(),
            "background job '&' would hide the command's failure",
            "use 'daemon -p PIDFILE' or 'qemu -daemonize' instead of '&'");
        endPipeline();
        startCommand();
      }
      case "|&" -> {
        report.structural(Code.P310, op.span(), "pipe '|&' is bash-only", "write '2>&1 |' instead");
        linebreak = true;
        startCommand();
      }
      case "(" -> {
        subshell(op);
        startCommand();
      }
      case ")" -> {
        subshell(op);
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
        report.structural(Code.P310, op.span(), what + " '" + name + "' is bash-only", hint);
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
   * operator): no shell parses it.
   */
  void targetMissing() {
    if (redirect == null) {
      return;
    }
    if (redirect.text().startsWith("<<") && !redirect.text().equals("<<<")) {
      heredocs.missingDelimiter(redirect);
    } else {
      report.structural(
          Code.P321,
          redirect.span(),
          "redirection '" + redirect.text() + "' has no target",
          "name the file (or the descriptor, for '>&') right after it");
    }
    redirect = null;
  }

  private void subshell(Token.Op paren) {
    if (caseDepth == 0) {
      report.structural(
          Code.P302,
          paren.span(),
          "subshell '" + paren.text() + "' is not allowed",
          "run the commands in the script itself, one after another");
    }
  }

  void word(Token.Word word) {
    if (word.ioNumber()) {
      return;
    }
    empty = false;
    linebreak = false;
    if (redirect != null) {
      target(word);
    } else if (wrapped && !isOption(word)) {
      // 'command eval …' runs eval: the word after the wrapper is checked as a command name
      wrapped = false;
      commandName(word);
    } else if (!commandPosition) {
      argument(word);
    } else if (!Assignments.check(report, word, this::roles)) {
      commandName(word);
    }
  }

  private void target(Token.Word word) {
    Token.Op r = redirect;
    redirect = null;
    if (r.text().equals("<<") || r.text().equals("<<-")) {
      heredocs.announce(r, word);
      return;
    }
    roles(word, Role.REDIRECT_TARGET);
    braces(word);
    if (r.text().startsWith(">") || r.text().startsWith("&>")) {
      output(word);
    }
  }

  /** A file the pipeline writes; each name once, so that an unrolled line adds none. */
  private void output(Token.Word word) {
    String name = word.text("*");
    if (!outputs.contains(name)) {
      outputs.add(name);
    }
  }

  private void argument(Token.Word word) {
    roles(word, Role.ARGUMENT);
    secrets(word);
    braces(word);
    if ("set".equals(command)) {
      commandWords.setArgument(word.cooked(), word.span());
    }
    if ("tee".equals(command) && !isOption(word)) {
      output(word);
    }
    if (seen.runsFiles() || ".".equals(command) || "source".equals(command)) {
      heredocs.runs(word.text("*"), word.span());
    }
    seen = Arguments.check(report, command, seen, word);
  }

  /**
   * A secret in the arguments of a command that runs as a process of its own: every user of the
   * host reads a process's arguments ({@code ps}, {@code /proc/PID/cmdline}) while it runs (P325, a
   * warning: the command may offer no other way).
   */
  private void secrets(Token.Word word) {
    if (report.permissive() || (command != null && IN_PROCESS.contains(command))) {
      return;
    }
    for (WordChar c : word.holes()) {
      if (c.hole().type() != null && HoleRules.isSecret(c.hole().type())) {
        String hole = c.hole().hole().span().text();
        String name = command == null ? "the command" : "'" + command + "'";
        String cmd = command == null ? "COMMAND" : command;
        report.warning(
            Code.P325,
            c.hole().hole().span(),
            "secret '"
                + hole
                + "' is an argument of "
                + name
                + ": every user of the host can read it (ps, /proc) while it runs",
            "give it on the command's standard input (printf '%s\\n' "
                + hole
                + " | "
                + cmd
                + " …: printf is a shell builtin, which no process list shows; or a"
                + " here-document), or in its environment if "
                + name
                + " reads it there (NAME="
                + hole
                + " "
                + cmd
                + " …)");
      }
    }
  }

  private void commandName(Token.Word word) {
    roles(word, Role.COMMAND_NAME);
    command = word.plain();
    if (command == null && word.holes().isEmpty() && QUOTABLE_BUILTINS.contains(word.cooked())) {
      // quotes stop a reserved word, not a builtin: "eval" and \eval still run eval
      command = word.cooked();
    }
    commandPosition = command != null && commandWords.check(command, word.span());
    wrapped = command != null && WRAPPERS.contains(command);
    if ("case".equals(command)) {
      caseDepth = Math.min(caseDepth + 1, MAX_CASE_DEPTH);
    } else if ("esac".equals(command) && caseDepth > 0) {
      caseDepth--;
    }
    braces(word);
    seen = Arguments.Seen.of(command);
    if (command != null && command.contains("/")) {
      heredocs.runs(command, word.span());
    }
  }

  /** A literal word starting with '-': an option of {@code command} ({@code -p}, {@code -v}). */
  private static boolean isOption(Token.Word word) {
    return word.holes().isEmpty() && word.cooked().startsWith("-");
  }

  private void roles(Token.Word word, Role role) {
    roles(word, role, Set.of());
  }

  private void roles(Token.Word word, Role role, Set<WordChar> reported) {
    for (WordChar c : word.holes()) {
      HoleContext context =
          new HoleContext(
              c.quoting(),
              role,
              word.wholeHole(),
              alwaysQuote(word, c),
              report.permissive(),
              List.of());
      boolean settled = c.settled() || reported.contains(c);
      report.hole(c.hole(), context, settled, word.touchesRedirection());
    }
  }

  /**
   * An unquoted hole inside braces ({@code {x,{{ v }}}}: bash would expand a ',' or '..' of the
   * value) or in a tilde prefix ({@code ~{{ user }}}: the value would choose a home folder) must be
   * quoted, whatever its value.
   */
  private static boolean alwaysQuote(Token.Word word, WordChar hole) {
    if (hole.quoting() != Quoting.UNQUOTED) {
      return false;
    }
    List<WordChar> chars = word.chars();
    int at = chars.indexOf(hole);
    boolean open = false;
    boolean tilde = false;
    for (int i = 0; i < at; i++) {
      WordChar c = chars.get(i);
      open |= c.isUnquoted('{');
      tilde = c.isUnquoted('~') || (tilde && !c.isUnquoted('/'));
    }
    boolean close = false;
    for (int i = at + 1; i < chars.size(); i++) {
      close |= chars.get(i).isUnquoted('}');
    }
    return tilde || (open && close);
  }

  private void braces(Token.Word word) {
    for (Glyph[] pair : Braces.find(word.chars())) {
      report.structural(
          Code.P310,
          Glyph.span(pair[0], pair[1]),
          "brace expansion is bash-only",
          "write the words out, or pass a list with a whole-word list hole");
    }
  }
}
