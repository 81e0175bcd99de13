package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.source.Span;
import java.util.List;

/**
 * Reads shell text as the shell will read it, one text line at a time, and tells a {@link
 * ReadListener} where each hole sits and what may not run in a straight-line script. The same
 * reader serves every pass: {@code compile} reads the very lines a script is made of, in their
 * order; lint follows every path a cell may take as a set of {@link State}s; loading reads each
 * file in its own order, to report what is wrong in it wherever it is used.
 */
public final class ShellReader {
  private final Lexer lexer;

  private ShellReader(Lexer lexer) {
    this.lexer = lexer;
  }

  /** A reader of a script, from its first line. */
  public static ShellReader script(ReadListener listener) {
    return resume(State.start(), listener);
  }

  /** A reader of a script that goes on from {@code state}. */
  public static ShellReader resume(State state, ReadListener listener) {
    return resume(state, listener, false);
  }

  /**
   * @param permissive read a file that a here-document declared as shell writes: any shell is
   *     allowed, and only the rules that keep values from changing the words apply
   */
  static ShellReader resume(State state, ReadListener listener, boolean permissive) {
    return new ShellReader(new Lexer(new Report(listener, permissive), state.lexing()));
  }

  /**
   * Reads one text line.
   *
   * @param holes the reference by which each of the line's holes is reported, in order
   * @param directiveBefore a directive stands between this line and the one read before it
   */
  public void line(Node.TextLine line, List<HoleRef> holes, boolean directiveBefore) {
    lexer.line(Glyph.of(line, holes), directiveBefore, line.heredoc());
  }

  /** A line of a body declared as shell, read as the file it becomes. */
  void line(List<Glyph> glyphs, boolean directiveBefore, Node.Heredoc heredoc) {
    lexer.line(glyphs, directiveBefore, heredoc);
  }

  /** Where the reader stands now, to go on from later. */
  public State state() {
    return new State(lexer.save());
  }

  /**
   * Nothing is open or goes on: a line read now starts a command (a comment line may go before it).
   */
  public boolean atCommandStart() {
    return lexer.atCommandStart();
  }

  /** How the next line starts: a command, the rest of a continued one, or something open. */
  public LineStart lineStart() {
    return lexer.lineStart();
  }

  /**
   * The script ends here: a command continued with {@code \} or {@code |}, a quote, an expansion or
   * a here-document left open are errors.
   */
  public void end() {
    endRegion();
    lexer.commands.targetMissing();
    Span continued = lexer.continuation();
    if (continued != null) {
      unfinished(continued, "'\\'");
    } else if (lexer.commands.linebreak()) {
      unfinished(lexer.lastLine(), "'|'");
    }
  }

  /**
   * The text of a file ends here, but not necessarily the script: a quote, an expansion or a
   * here-document must not stay open past it.
   */
  public void endRegion() {
    lexer.finish();
    for (Frame f : lexer.frames) {
      Glyph quote = Lexer.quoteOpenedAt(f);
      if (quote != null && !lexer.reportedQuotes.contains(quote)) {
        lexer.report.error(
            Code.P315,
            quote.span(),
            Expansions.quoteName(quote) + " is never closed",
            "add the closing quote, or escape the quote with a backslash if it is meant"
                + " literally");
        break;
      } else if (f instanceof Frame.Param p) {
        Expansions.unclosed(lexer.report, p);
        break;
      }
    }
    lexer.heredocs.finish();
  }

  private void unfinished(Span line, String by) {
    lexer.report.structural(
        Code.P316,
        line,
        "this line continues its command with " + by + ", but no line of that command follows",
        "end the command on this line, or emit the line that completes it on every path");
  }
}
