package dev.plumb.check.shell;

import java.util.List;

/**
 * Where a hole sits in the shell text, as the emitter needs to know it.
 *
 * @param wholeWord the hole is a whole unquoted word by itself (the only place a list may go)
 * @param alwaysQuote an unquoted value must be single-quoted even when it is a safe bare word: the
 *     hole stands inside braces ({@code {a,{{ x }}}}, where bash would expand a ',') or in a tilde
 *     prefix ({@code ~{{ user }}})
 * @param shellBody the hole is in the body of a here-document declared as shell: {@link #quoting}
 *     is its place in the file the body becomes
 * @param endLines the here-document delimiters the hole's line is read against, innermost first: a
 *     value must not make a line equal to one of them
 */
public record HoleContext(
    Quoting quoting,
    Role role,
    boolean wholeWord,
    boolean alwaysQuote,
    boolean shellBody,
    List<EndLine> endLines) {

  public HoleContext {
    endLines = List.copyOf(endLines);
  }

  /** A hole in a plain place of the script: no braces, no here-document. */
  public HoleContext(Quoting quoting, Role role, boolean wholeWord) {
    this(quoting, role, wholeWord, false, false, List.of());
  }

  /** A here-document's delimiter line; with {@code stripTabs} ({@code <<-}) after leading tabs. */
  public record EndLine(String delimiter, boolean stripTabs) {
    public boolean matches(String line) {
      String compared = stripTabs ? line.replaceFirst("^\t+", "") : line;
      return compared.equals(delimiter);
    }
  }
}
