package dev.plumb.editor;

import dev.plumb.ast.Selector;
import dev.plumb.source.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of the words on a span's line: a {@code when} or {@code exclude} selector's axes and
 * values, a declaration's name, the values of an axis, found in the text as written (the syntax
 * tree keeps the span of a whole choice, not of each of its words).
 */
final class SelectorTokens {
  private SelectorTokens() {}

  static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");

  /** Each choice's axis, then each of its values. */
  static void add(Selector when, List<Tokens.Token> all) {
    for (Selector.Choice choice : when.choices()) {
      boolean first = true;
      for (Tokens.Token word : words(choice.span(), 0)) {
        all.add(retyped(word, first ? Tokens.Kind.ENUM : Tokens.Kind.ENUM_MEMBER));
        first = false;
      }
    }
  }

  /**
   * The words of the span's first line within the span, from code point {@code skip} of it on, each
   * a token of no meaningful kind until {@link #retyped}.
   */
  static List<Tokens.Token> words(Span span, int skip) {
    String text = span.file().line(span.line());
    int from =
        text.offsetByCodePoints(
            0, Math.min(span.column() - 1 + skip, text.codePointCount(0, text.length())));
    int to =
        span.endLine() == span.line()
            ? text.offsetByCodePoints(
                0, Math.min(span.endColumn() - 1, text.codePointCount(0, text.length())))
            : text.length();
    Matcher m = WORD.matcher(text).region(from, Math.max(from, to));
    List<Tokens.Token> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(
          new Tokens.Token(
              span.line(),
              text.codePointCount(0, m.start()) + 1,
              text.codePointCount(m.start(), m.end()),
              Tokens.Kind.KEYWORD));
    }
    return found;
  }

  static Tokens.Token retyped(Tokens.Token token, Tokens.Kind kind) {
    return new Tokens.Token(token.line(), token.column(), token.length(), kind);
  }
}
