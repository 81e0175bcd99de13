package dev.plumb.check.shell;

import java.util.ArrayList;
import java.util.List;

/** A token of the shell stream: a word, an operator or a line break that ends a command. */
sealed interface Token {
  /** Index of the token's first glyph. */
  int start();

  /**
   * A word with its characters after quote removal.
   *
   * @param end index just past its last glyph
   * @param quoted it used quotes or backslashes somewhere
   * @param ioNumber digits right before a redirection ({@code 2>}): part of the redirection
   */
  record Word(List<WordChar> chars, int start, int end, boolean quoted, boolean ioNumber)
      implements Token {

    public Word {
      chars = List.copyOf(chars);
    }

    /** The text when the word is nothing but unquoted literal characters, else null. */
    String plain() {
      if (quoted) {
        return null;
      }
      StringBuilder text = new StringBuilder();
      for (WordChar c : chars) {
        if (c.kind() != WordChar.Kind.LITERAL) {
          return null;
        }
        text.appendCodePoint(c.cp());
      }
      return text.toString();
    }

    /** The text after quote removal, holes left out. */
    String cooked() {
      StringBuilder text = new StringBuilder();
      for (WordChar c : chars) {
        if (c.kind() != WordChar.Kind.HOLE) {
          text.appendCodePoint(c.cp());
        }
      }
      return text.toString();
    }

    List<WordChar> holes() {
      List<WordChar> holes = new ArrayList<>();
      for (WordChar c : chars) {
        if (c.kind() == WordChar.Kind.HOLE) {
          holes.add(c);
        }
      }
      return holes;
    }

    /** The word is one unquoted hole and nothing else. */
    boolean wholeHole() {
      return !quoted && chars.size() == 1 && chars.get(0).kind() == WordChar.Kind.HOLE;
    }
  }

  /** An operator such as {@code ;}, {@code |}, {@code &&} or {@code 2>&1}'s {@code >&}. */
  record Op(String text, int start) implements Token {}

  /** An unquoted line break: the end of a command. */
  record Newline(int start) implements Token {}
}
