package dev.plumb.check.shell;

import java.util.ArrayList;
import java.util.List;

/** Collects the characters of one word while the lexer reads it. */
final class WordBuilder {
  private final List<WordChar> chars;
  private boolean quoted;
  private Glyph first;
  private Glyph last;

  WordBuilder() {
    this.chars = new ArrayList<>();
  }

  /** A copy of a word saved in a reader's state. */
  WordBuilder(Saved saved) {
    this.chars = new ArrayList<>(saved.chars());
    this.quoted = saved.quoted();
    this.first = saved.first();
    this.last = saved.last();
  }

  /** The word so far, as a reader's state holds it. */
  record Saved(List<WordChar> chars, boolean quoted, Glyph first, Glyph last) {
    Saved {
      chars = List.copyOf(chars);
    }
  }

  Saved save() {
    return new Saved(chars, quoted, first, last);
  }

  private void add(WordChar c) {
    chars.add(c);
    touch(c.at());
  }

  /** The glyph belongs to the word (its span), whether or not it adds a character. */
  void touch(Glyph g) {
    if (first == null) {
      first = g;
    }
    last = g;
  }

  void literal(int cp, boolean inQuotes, Glyph at) {
    add(new WordChar(WordChar.Kind.LITERAL, cp, inQuotes, null, null, false, at));
  }

  void expansion(int cp, Glyph at) {
    add(new WordChar(WordChar.Kind.EXPANSION, cp, false, null, null, false, at));
  }

  void hole(HoleRef hole, Quoting quoting, boolean settled, Glyph at) {
    boolean inQuotes = quoting != Quoting.UNQUOTED;
    add(new WordChar(WordChar.Kind.HOLE, Glyph.HOLE, inQuotes, hole, quoting, settled, at));
  }

  /** The word used a quote or a backslash, so it is a word even when empty ({@code ""}). */
  void markQuoted(Glyph at) {
    quoted = true;
    touch(at);
  }

  List<WordChar> chars() {
    return chars;
  }

  /**
   * The characters so far are an unquoted {@code NAME=} or {@code NAME+=}: a bash array follows
   * '('.
   */
  boolean isArrayPrefix() {
    int n = chars.size();
    if (n < 2 || quoted || !chars.get(n - 1).isUnquoted('=')) {
      return false;
    }
    int nameEnd = chars.get(n - 2).isUnquoted('+') ? n - 2 : n - 1;
    if (nameEnd == 0) {
      return false;
    }
    for (int i = 0; i < nameEnd; i++) {
      WordChar c = chars.get(i);
      boolean ok = c.kind() == WordChar.Kind.LITERAL && !c.quoted() && Names.isNameChar(c.cp());
      if (!ok || (i == 0 && Character.isDigit(c.cp()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Unquoted holes and digits, with at least one hole: right before {@code <} or {@code >} a value
   * of digits would name a descriptor.
   */
  boolean isDigitsAndHoles() {
    boolean hole = false;
    for (WordChar c : chars) {
      hole |= c.kind() == WordChar.Kind.HOLE;
      boolean digit = c.kind() == WordChar.Kind.LITERAL && Character.isDigit(c.cp());
      if (c.quoted() || (!digit && c.kind() != WordChar.Kind.HOLE)) {
        return false;
      }
    }
    return hole && !quoted;
  }

  /** Nothing but unquoted digits so far: before {@code <} or {@code >} they name a descriptor. */
  boolean isDigits() {
    if (quoted || chars.isEmpty()) {
      return false;
    }
    for (WordChar c : chars) {
      if (c.kind() != WordChar.Kind.LITERAL || !Character.isDigit(c.cp())) {
        return false;
      }
    }
    return true;
  }

  Token.Word build(boolean ioNumber, boolean touchesRedirection) {
    return new Token.Word(chars, first, last, quoted, ioNumber, touchesRedirection);
  }
}
