package dev.plumb.check.shell;

import java.util.List;

/**
 * Where a text line sits in the shell text.
 *
 * @param command number of the command (from 0, in file order) the line belongs to; lines joined by
 *     a trailing backslash, by an open quote, or as a here-document body share the number of the
 *     command they continue
 * @param continues the line ends in an unquoted backslash: the command goes on
 * @param heredocDelimiter for a here-document body line, the delimiter word; else null
 * @param stripTabs for a here-document body line of {@code <<-}: leading tabs are stripped before
 *     comparing with the delimiter
 * @param afterBackslash the line was read as going on with the command of a line ending in an
 *     unquoted backslash: it is safe only where such a line comes right before it
 * @param heredocsBefore the here-documents whose bodies were still open where the line starts,
 *     first the one being read, each as its operator and delimiter ({@code <<EOF}, {@code <<-END},
 *     and {@code <<"EOF"} for any quoted delimiter, whose body the shell does not expand); the line
 *     was checked as their text, so it is safe only where the emitted script has exactly these open
 *     before it
 * @param heredocsAfter the same where the next line starts: opened by this line's command, or left
 *     open by its body line, or the rest once its delimiter line closed one
 */
public record LineContext(
    int command,
    boolean continues,
    String heredocDelimiter,
    boolean stripTabs,
    boolean afterBackslash,
    List<String> heredocsBefore,
    List<String> heredocsAfter) {

  public LineContext {
    heredocsBefore = List.copyOf(heredocsBefore);
    heredocsAfter = List.copyOf(heredocsAfter);
  }

  /** A line outside any here-document. */
  public LineContext(int command, boolean continues, String heredocDelimiter, boolean stripTabs) {
    this(command, continues, heredocDelimiter, stripTabs, false, List.of(), List.of());
  }
}
