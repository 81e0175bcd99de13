package dev.plumb.check.shell;

import dev.plumb.ast.Node;

/**
 * One text line of a template or fragment, in file order, as the shell checker reads it.
 *
 * @param directiveBefore whether a directive line stands between this text line and the
 *     previous one (a quote may not stay open across it)
 */
public record ShellLine(Node.TextLine line, boolean directiveBefore) {}
