package dev.plumb.check.shell;

/**
 * Where a text line sits in the shell text.
 *
 * @param command number of the command (from 0, in file order) the line belongs to; lines
 *     joined by a trailing backslash, by an open quote, or as a here-document body share the
 *     number of the command they continue
 * @param continues the line ends in an unquoted backslash: the command goes on
 * @param heredocDelimiter for a here-document body line, the delimiter word; else null
 * @param stripTabs for a here-document body line of {@code <<-}: leading tabs are stripped
 *     before comparing with the delimiter
 * @param afterBackslash the line was read as going on with the command of a line ending in
 *     an unquoted backslash: it is safe only where such a line comes right before it
 */
public record LineContext(
    int command, boolean continues, String heredocDelimiter, boolean stripTabs, boolean afterBackslash) {

  public LineContext(int command, boolean continues, String heredocDelimiter, boolean stripTabs) {
    this(command, continues, heredocDelimiter, stripTabs, false);
  }
}
