package dev.plumb.check.shell;

import dev.plumb.ast.Node;

/**
 * One text line of a template or fragment, in file order, as the shell checker reads it.
 *
 * @param directiveBefore whether a directive line stands between this text line and the previous
 *     one (a quote may not stay open across it)
 * @param restartAfter for the first text line of a later branch of an {@code %if} ({@code %elif},
 *     {@code %else}): the index, in the checker's list, of the last text line before that {@code
 *     %if} (-1 when there is none), whose command this branch may continue as well as the first
 *     branch; {@link #NO_RESTART} for every other line
 * @param startsCommand the line starts a command whatever comes before it in the file (the first
 *     line of a block a child template overrides: its own region of the script)
 */
public record ShellLine(
    Node.TextLine line, boolean directiveBefore, int restartAfter, boolean startsCommand) {
  public static final int NO_RESTART = -2;

  public ShellLine(Node.TextLine line, boolean directiveBefore) {
    this(line, directiveBefore, NO_RESTART, false);
  }

  public ShellLine(Node.TextLine line, boolean directiveBefore, int restartAfter) {
    this(line, directiveBefore, restartAfter, false);
  }
}
