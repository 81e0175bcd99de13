package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Collects the characters of one word while the scanner reads it. */
final class WordBuilder {
  private final int start;
  private final List<WordChar> chars = new ArrayList<>();
  private boolean quoted;

  WordBuilder(int start) {
    this.start = start;
  }

  void literal(int cp, boolean inQuotes, int index) {
    chars.add(new WordChar(WordChar.Kind.LITERAL, cp, inQuotes, null, index));
  }

  void expansion(int cp, int index) {
    chars.add(new WordChar(WordChar.Kind.EXPANSION, cp, false, null, index));
  }

  void hole(Node.Hole hole, boolean inQuotes, int index) {
    chars.add(new WordChar(WordChar.Kind.HOLE, Glyph.HOLE, inQuotes, hole, index));
  }

  /** The word used a quote or a backslash, so it is a word even when empty ({@code ""}). */
  void markQuoted() {
    quoted = true;
  }

  boolean isEmpty() {
    return chars.isEmpty() && !quoted;
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

  Token.Word build(int end, boolean ioNumber) {
    return new Token.Word(chars, start, end, quoted, ioNumber);
  }
}
