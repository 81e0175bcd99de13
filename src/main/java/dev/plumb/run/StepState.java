package dev.plumb.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a step leaves in the shell for the steps after it, as a resume that skips the step must
 * know: nothing, commands to replay ({@code cd}, {@code umask}, {@code export}, {@code readonly},
 * {@code unset}, {@code set}, {@code ulimit}, plain assignments) whose words are the same in any
 * run, or state a resume cannot restore (a variable read from a command's output or from input, a
 * {@code trap}, an {@code exec} redirection, a sourced file…). Every command of the step is read
 * ({@link CommandReader}); a command word that is an expansion is not guessed at.
 */
sealed interface StepState {
  /** The step sets nothing a later step could rely on. */
  record None() implements StepState {}

  /** Running {@code text} (whole commands, each ended by a newline) restores what the step set. */
  record Replay(String text) implements StepState {}

  record Unrestorable(String why) implements StepState {}

  /** The commands replayed as they are, when their words do not change from run to run. */
  Set<String> REPLAYED = Set.of("cd", "umask", "export", "readonly", "unset", "set", "ulimit");

  /** Commands that set state no replay can restore for sure, and why. */
  Set<String> UNRESTORABLE =
      words(
          "read exec trap . source shift getopts alias unalias hash eval command "
              + "builtin local declare typeset let mapfile readarray pushd popd shopt "
              + "enable exit return break continue wait fg bg");

  /** Words that start or end a compound command or a function: not read here. */
  Set<String> COMPOUND =
      words(
          "if then elif else fi case esac for select while until do done { } ! "
              + "[[ ]] function time in");

  /**
   * POSIX's special builtins other than those above: assignments before them stay in the shell (an
   * assignment before any other command is for that command only).
   */
  Set<String> SPECIAL = Set.of(":", "times");

  Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

  /** Expansions whose value differs between runs (or within one), outside single quotes. */
  Pattern CHANGING =
      Pattern.compile(
          "\\$\\(|`|\\$\\{?[#]?[$!?#@*0-9-]|\\$\\{?#?(RANDOM|SRANDOM|SECONDS|LINENO|PPID|OPTIND"
              + "|OPTARG|BASHPID|EPOCHSECONDS|EPOCHREALTIME|HISTCMD)\\b");

  /** An expansion that assigns a variable: {@code ${X=v}}, {@code ${X:=v}}, {@code $((X=1))}. */
  Pattern ASSIGNING =
      Pattern.compile(
          "\\$\\{#?[A-Za-z_][A-Za-z0-9_]*:?=|\\$\\(\\(.*([^=!<>]=[^=]|\\+\\+|--)", Pattern.DOTALL);

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  /** What {@code stepText} sets. */
  static StepState of(String stepText) {
    List<StepCommand> commands;
    try {
      commands = CommandReader.read(stepText);
    } catch (CommandReader.Unreadable e) {
      return new Unrestorable("its text could not be read for sure: " + e.getMessage());
    }
    StringBuilder replay = new StringBuilder();
    for (StepCommand command : commands) {
      StepState state = ofCommand(command);
      if (state instanceof Unrestorable) {
        return state;
      }
      if (state instanceof Replay r) {
        replay.append(r.text());
      }
    }
    return replay.isEmpty() ? new None() : new Replay(replay.toString());
  }

  private static StepState ofCommand(StepCommand command) {
    List<String> assignments = new ArrayList<>();
    String name = null;
    for (String word : command.words()) {
      if (name == null && ASSIGNMENT.matcher(word).matches()) {
        assignments.add(word);
      } else if (name == null) {
        name = word;
      }
    }
    for (String word : command.words()) {
      if (ASSIGNING.matcher(outsideSingleQuotes(word)).find()) {
        return new Unrestorable("'" + word + "' assigns a variable as it expands");
      }
    }
    if (name == null) {
      return assignments.isEmpty() ? new None() : replayed(command, "an assignment");
    }
    // '[' alone is the test command; in any other command word it may be a pattern
    if (name.matches(".*[$`*?\\[].*") && !name.equals("[")) {
      return new Unrestorable(
          "its command word '" + name + "' is an expansion: which command runs is not known");
    }
    String word = CommandReader.unquoted(name);
    if (COMPOUND.contains(word)) {
      return new Unrestorable("'" + word + "' is part of a compound command");
    }
    if (UNRESTORABLE.contains(word)) {
      return new Unrestorable("'" + word + "' sets state that a resume cannot restore");
    }
    if (REPLAYED.contains(word) || SPECIAL.contains(word) && !assignments.isEmpty()) {
      return replayed(command, "'" + word + "'");
    }
    if (word.equals("printf") && command.words().stream().anyMatch(w -> w.startsWith("-v"))) {
      return new Unrestorable("'printf -v' assigns a variable");
    }
    return new None();
  }

  /** The command to replay, if replaying it restores for sure what it set. */
  private static StepState replayed(StepCommand command, String what) {
    if (!command.alone() || command.background()) {
      return new Unrestorable(
          what + " in a pipeline, a list or the background: whether it set anything is not known");
    }
    if (command.heredoc()) {
      return new Unrestorable(what + " with a here-document");
    }
    for (String word : command.words()) {
      if (CHANGING.matcher(outsideSingleQuotes(word)).find()) {
        return new Unrestorable(
            what
                + " whose word '"
                + word
                + "' may differ from run to run (a command's output,"
                + " a process id, a status…)");
      }
    }
    return new Replay(command.text() + "\n");
  }

  /** {@code word} without its single-quoted parts (which expand nothing). */
  private static String outsideSingleQuotes(String word) {
    StringBuilder out = new StringBuilder();
    boolean inDouble = false;
    for (int j = 0; j < word.length(); j++) {
      char c = word.charAt(j);
      if (c == '\\' && j + 1 < word.length()) {
        j++;
        out.append(inDouble ? "\\" + word.charAt(j) : "_");
      } else if (c == '\'' && !inDouble) {
        int end = word.indexOf('\'', j + 1);
        j = end < 0 ? word.length() : end;
      } else {
        inDouble ^= c == '"';
        out.append(c);
      }
    }
    return out.toString();
  }
}
