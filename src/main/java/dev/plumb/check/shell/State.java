package dev.plumb.check.shell;

import dev.plumb.source.Span;
import java.util.List;

/**
 * Where a {@link ShellReader} stands between two lines: everything it needs to go on, as a value.
 * Lint follows a cell's paths as sets of these; two paths that reach equal states read the rest
 * alike.
 */
public final class State {
  /** The lexer's part: open quotes and expansions, the word and operator being read, and so on. */
  record Lexing(
      List<Frame> frames,
      WordBuilder.Saved word,
      String op,
      Glyph opFirst,
      Glyph opLast,
      Span continuation,
      Span lastLine,
      Commands.Saved commands,
      Heredocs.Saved heredocs) {

    Lexing {
      frames = List.copyOf(frames);
    }
  }

  private static final State START =
      new State(
          new Lexing(
              List.of(),
              null,
              null,
              null,
              null,
              null,
              null,
              Commands.Saved.START,
              Heredocs.Saved.NONE));

  private final Lexing lexing;
  private final int hash;

  State(Lexing lexing) {
    this.lexing = lexing;
    this.hash = lexing.hashCode();
  }

  /** The start of a script (or of a file a here-document writes). */
  public static State start() {
    return START;
  }

  Lexing lexing() {
    return lexing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof State s && hash == s.hash && lexing.equals(s.lexing);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
