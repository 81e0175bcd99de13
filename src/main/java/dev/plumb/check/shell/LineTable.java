package dev.plumb.check.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which command each text line belongs to, filled in as the lexer crosses line breaks. */
final class LineTable {
  private final boolean[] joined;
  private final boolean[] continues;
  private final String[] delimiters;
  private final boolean[] stripTabs;

  /** The here-documents open where line k starts; the last entry is for the end of the stream. */
  private final List<List<String>> open;

  LineTable(int lines) {
    // a line break the lexer does not turn into a command end (a quote, a continuation)
    // joins the next line to the current command: that is the default
    joined = new boolean[lines];
    Arrays.fill(joined, true);
    if (lines > 0) {
      joined[0] = false;
    }
    continues = new boolean[lines];
    delimiters = new String[lines];
    stripTabs = new boolean[lines];
    open = new ArrayList<>(Collections.nCopies(lines + 1, List.of()));
  }

  /**
   * Line {@code k} (or the end of the stream, at {@code k} = lines) starts inside these
   * here-documents.
   */
  void open(int k, List<String> heredocs) {
    open.set(k, List.copyOf(heredocs));
  }

  /** Line {@code k} starts a new command. */
  void fresh(int k) {
    if (k < joined.length) {
      joined[k] = false;
    }
  }

  /** Line {@code k} ends in an unquoted backslash. */
  void continues(int k) {
    continues[k] = true;
  }

  /** Line {@code k} belongs to a here-document of the command before it (body or delimiter). */
  void heredoc(int k, String delimiter, boolean strip) {
    joined[k] = true;
    continues[k] = false;
    delimiters[k] = delimiter;
    stripTabs[k] = strip;
  }

  Map<Integer, LineContext> contexts(ShellText text) {
    Map<Integer, LineContext> result = new LinkedHashMap<>();
    int command = -1;
    for (int k = 0; k < joined.length; k++) {
      if (!joined[k]) {
        command++;
      }
      int id = text.line(k).line().id();
      boolean afterBackslash =
          joined[k]
              && k > 0
              && delimiters[k] == null
              && (continues[k - 1] || text.joinsNext(k - 1));
      result.put(
          id,
          new LineContext(
              Math.max(command, 0),
              continues[k],
              delimiters[k],
              stripTabs[k],
              afterBackslash,
              open.get(k),
              open.get(k + 1)));
    }
    return result;
  }
}
