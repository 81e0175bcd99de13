package dev.plumb.editor;

import dev.plumb.ast.Selector;
import dev.plumb.source.Span;
import java.util.ArrayList;
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
      List<Tokens.Token> words = words(choice.span(), Tokens.Kind.ENUM_MEMBER);
      if (!words.isEmpty()) {
        all.add(retyped(words.get(0), Tokens.Kind.ENUM));
        all.addAll(words.subList(1, words.size()));
      }
    }
  }

  /** The words of the span's first line within the span, each a token of {@code kind}. */
  static List<Tokens.Token> words(Span span, Tokens.Kind kind) {
    String text = span.file().line(span.line());
    int from =
        text.offsetByCodePoints(
            0, Math.min(span.column() - 1, text.codePointCount(0, text.length())));
    int to =
        span.endLine() == span.line()
            ? text.offsetByCodePoints(
                0, Math.min(span.endColumn() - 1, text.codePointCount(0, text.length())))
            : text.length();
    Matcher m = WORD.matcher(text).region(from, Math.max(from, to));
    List<Tokens.Token> found = new ArrayList<>();
    while (m.find()) {
      found.add(
          new Tokens.Token(
              span.line(),
              text.codePointCount(0, m.start()) + 1,
              text.codePointCount(m.start(), m.end()),
              kind));
    }
    return found;
  }

  static Tokens.Token retyped(Tokens.Token token, Tokens.Kind kind) {
    return new Tokens.Token(token.line(), token.column(), token.length(), kind);
  }
}
