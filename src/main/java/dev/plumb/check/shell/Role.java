package dev.plumb.check.shell;

/** What the word holding a hole is in its command. */
public enum Role {
  /** The command to run: the first word after any assignments. */
  COMMAND_NAME,
  /** An argument of the command. */
  ARGUMENT,
  /** The value of {@code NAME=value} before the command name. */
  ASSIGNMENT_VALUE,
  /** The file of a redirection ({@code > FILE}, {@code < FILE}, {@code 2> FILE}…). */
  REDIRECT_TARGET,
  /** A line of a here-document body. */
  HEREDOC_BODY,
  /** Text after {@code #}. */
  COMMENT
}
