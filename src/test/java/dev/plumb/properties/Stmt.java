package dev.plumb.properties;

import java.util.List;

/**
 * A generated template statement before it meets a pack: every choice is a number that {@link
 * Realizer} resolves against the names in scope, so any statement fits any pack.
 */
sealed interface Stmt {

  /**
   * One argument of a command: how the hole is written ({@code form}) and what it shows ({@code
   * pick}).
   */
  record Arg(int form, int pick, int extra) {}

  /** {@code name args tail}: a simple command, maybe piped or redirected. */
  record Command(int name, List<Arg> args, int tail) implements Stmt {}

  /**
   * A command continued with {@code \} over an {@code %each} (or an {@code %if}) to a last line.
   */
  record Continued(List<Arg> head, int list, Arg each, List<Arg> last) implements Stmt {}

  /**
   * A here-document ({@code style}: unquoted, quoted, {@code <<-}) with holes and an {@code %each}
   * in its body.
   */
  record Heredoc(int style, List<Arg> line, int list, Arg each) implements Stmt {}

  /**
   * {@code %if}, with an {@code %elif} when {@code elif} is not empty and an {@code %else} when
   * {@code no} is not.
   */
  record If(int cond, List<Stmt> yes, int elifCond, List<Stmt> elif, List<Stmt> no)
      implements Stmt {}

  /** {@code %each x[, i] in list}. */
  record Each(int list, boolean index, List<Stmt> body) implements Stmt {}

  /** {@code %let t = expression}, visible to the end of the enclosing block. */
  record Let(int pick, int form) implements Stmt {}

  /** {@code %require condition else "…"} with a condition that holds for every value. */
  record Require(int pick) implements Stmt {}

  /** {@code %if present(o)} (maybe {@code and} more): {@code o} narrowed inside. */
  record Present(int optional, int extra, List<Stmt> yes, List<Stmt> no) implements Stmt {}

  /**
   * {@code %if len(l) > 0} around lines that index the list ({@code l[0]}, {@code l[len(l) - 1]}).
   */
  record Index(int list, List<Arg> args) implements Stmt {}

  /** {@code %include fragment(args)}. */
  record Include(int fragment, List<Integer> picks) implements Stmt {}

  /**
   * A shell comment with single-line holes, a template comment, a {@code %%} line or a blank line.
   */
  record Comment(int kind, List<Arg> args) implements Stmt {}

  /** An assignment from a hole: alone, exported, or before a command that reads it. */
  record Assign(int form, Arg value) implements Stmt {}
}
