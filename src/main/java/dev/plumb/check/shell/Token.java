package dev.plumb.check.shell;

import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;

/** A token of the shell text: a word, an operator or a line break that ends a command. */
sealed interface Token {
  /** The token's first glyph. */
  Glyph first();

  /**
   * A word with its characters after quote removal.
   *
   * @param last its last glyph
   * @param quoted it used quotes or backslashes somewhere
   * @param ioNumber digits right before a redirection ({@code 2>}): part of the redirection
   * @param touchesRedirection holes and digits right before a redirection ({@code {{ n }}>f}): a
   *     value of digits would make it a descriptor
   */
  record Word(
      List<WordChar> chars,
      Glyph first,
      Glyph last,
      boolean quoted,
      boolean ioNumber,
      boolean touchesRedirection)
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
      return text("");
    }

    /** The text after quote removal, each hole written as {@code hole}. */
    String text(String hole) {
      StringBuilder text = new StringBuilder();
      for (WordChar c : chars) {
        if (c.kind() == WordChar.Kind.HOLE) {
          text.append(hole);
        } else {
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

    Span span() {
      return Glyph.span(first, last);
    }
  }

  /** An operator such as {@code ;}, {@code |}, {@code &&} or {@code 2>&1}'s {@code >&}. */
  record Op(String text, Glyph first, Glyph last) implements Token {
    Span span() {
      return Glyph.span(first, last);
    }
  }

  /** An unquoted line break. */
  record Newline(Glyph first) implements Token {}
}
