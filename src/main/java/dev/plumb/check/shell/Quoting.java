package dev.plumb.check.shell;

/** The shell quoting context a hole sits in; it decides how its value is written. */
public enum Quoting {
  /** Outside any quotes: a value is single-quoted when it needs to be. */
  UNQUOTED,
  /** Inside "…": {@code \ " $ `} in a value are backslash-escaped. */
  DOUBLE_QUOTED,
  /** In the body of an unquoted here-document ({@code <<EOF}): {@code \ $ `} escaped. */
  HEREDOC_EXPANDING,
  /** In the body of a quoted here-document ({@code <<'EOF'}): values verbatim. */
  HEREDOC_LITERAL,
  /** After {@code #}: verbatim, allowed only for types that cannot hold a newline. */
  COMMENT
}
