package dev.plumb.editor;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * The semantic tokens of a template or fragment: directive keywords and comments, the delimiters of
 * holes, the variables, functions, strings, numbers and operators of their expressions, and the
 * axes and values of a header's {@code when} (a manifest's are {@link ManifestTokens}'). Shell text
 * gets none (the TextMate grammar colours it), so the editor's shell colours stand between the
 * holes.
 */
final class Tokens {
  private Tokens() {}

  /** The token types, in the order the legend declares them. */
  enum Kind {
    KEYWORD("keyword"),
    VARIABLE("variable"),
    FUNCTION("function"),
    STRING("string"),
    NUMBER("number"),
    OPERATOR("operator"),
    COMMENT("comment"),
    // after the first kinds, so that their numbers stay what clients already have
    TYPE("type"),
    ENUM("enum"),
    ENUM_MEMBER("enumMember"),
    NAMESPACE("namespace"),
    PROPERTY("property");

    final String type;

    Kind(String type) {
      this.type = type;
    }
  }

  static SemanticTokensLegend legend() {
    List<String> types = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      types.add(kind.type);
    }
    return new SemanticTokensLegend(types, List.of());
  }

  /** A token on one line: 1-based line and column, length, all in code points. */
  record Token(int line, int column, int length, Kind kind) {}

  // the words of a directive line outside its expressions: `when`, `in`, a require's `else`
  private static final Pattern DIRECTIVE_WORD = Pattern.compile("\\b(when|in|else)\\b");
  private static final Pattern OPERATION =
      Pattern.compile("\\s*%(?:template|extends)\\s+([A-Za-z0-9][A-Za-z0-9_-]*)");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  /** The protocol's encoding of the unit's tokens: five integers each, relative to the last. */
  static List<Integer> encoded(Unit unit) {
    return encoded(unit.file(), tokens(unit));
  }

  /** The protocol's encoding of {@code tokens}, in order and none overlapping, of {@code file}. */
  static List<Integer> encoded(SourceFile file, List<Token> tokens) {
    List<Integer> data = new ArrayList<>();
    int lastLine = 0;
    int lastStart = 0;
    for (Token token : tokens) {
      String text = file.line(token.line());
      int start = utf16(text, token.column() - 1);
      int length = utf16(text, token.column() - 1 + token.length()) - start;
      int line = token.line() - 1;
      data.add(line - lastLine);
      data.add(line == lastLine ? start - lastStart : start);
      data.add(length);
      data.add(token.kind().ordinal());
      data.add(0);
      lastLine = line;
      lastStart = start;
    }
    return data;
  }

  /** The unit's tokens in order, none overlapping another. */
  static List<Token> tokens(Unit unit) {
    List<Token> all = new ArrayList<>();
    directives(unit.file(), all);
    for (Node node : Walk.statements(unit.body())) {
      if (node instanceof Node.TextLine line) {
        line.parts().stream()
            .filter(p -> p instanceof Node.Hole)
            .forEach(hole -> delimiters(hole.span(), all));
      }
    }
    Walk.expressions(unit.body(), e -> expression(e, all));
    if (unit instanceof Template t) {
      SelectorTokens.add(t.when(), all);
      operation(unit.file(), t.header(), all);
      if (t.parent() != null) {
        SelectorTokens.add(t.parent().when(), all);
        operation(unit.file(), t.parent().span(), all);
      }
    }
    directiveWords(unit.file(), all);
    return ordered(all);
  }

  /** The tokens in order, none overlapping another (the first one added wins). */
  static List<Token> ordered(List<Token> all) {
    all.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::column));
    List<Token> kept = new ArrayList<>();
    for (Token token : all) {
      Token last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (last == null
          || token.line() > last.line()
          || token.column() >= last.column() + last.length()) {
        kept.add(token);
      }
    }
    return kept;
  }

  /** The operation a {@code %template} or {@code %extends} line names, as the manifest's are. */
  private static void operation(SourceFile file, Span directive, List<Token> all) {
    if (directive == null) {
      return;
    }
    String text = file.line(directive.line());
    Matcher m = OPERATION.matcher(text);
    if (m.lookingAt()) {
      int from = column(text, m.start(1));
      all.add(
          new Token(
              directive.line(), from, text.codePointCount(m.start(1), m.end(1)), Kind.FUNCTION));
    }
  }

  /** Each directive's {@code %word}; a {@code %#} comment whole. */
  private static void directives(SourceFile file, List<Token> all) {
    for (int n = 1; n <= file.lineCount(); n++) {
      String text = file.line(n);
      String stripped = text.stripLeading();
      if (!directive(stripped)) {
        continue;
      }
      int at = column(text, text.length() - stripped.length());
      if (stripped.startsWith("%#")) {
        all.add(new Token(n, at, stripped.codePointCount(0, stripped.length()), Kind.COMMENT));
        continue;
      }
      int word = 1;
      while (word < stripped.length() && Character.isLetter(stripped.charAt(word))) {
        word++;
      }
      all.add(new Token(n, at, word, Kind.KEYWORD));
    }
  }

  /**
   * The strings and keywords of directive lines outside their expressions (a require's message,
   * {@code when}, {@code in}): added after the expressions' tokens, which win where both start.
   */
  private static void directiveWords(SourceFile file, List<Token> all) {
    for (int n = 1; n <= file.lineCount(); n++) {
      String text = file.line(n);
      String stripped = text.stripLeading();
      if (!directive(stripped) || stripped.startsWith("%#")) {
        continue;
      }
      Matcher strings = STRING.matcher(text);
      while (strings.find()) {
        all.add(match(n, text, strings, Kind.STRING));
      }
      Matcher words = DIRECTIVE_WORD.matcher(text);
      while (words.find()) {
        if (!inString(text, words.start())) {
          all.add(match(n, text, words, Kind.KEYWORD));
        }
      }
    }
  }

  /** Whether a line (its indentation stripped) is a directive: {@code %%…} is a text line. */
  private static boolean directive(String stripped) {
    return stripped.startsWith("%") && !stripped.startsWith("%%");
  }

  private static boolean inString(String text, int index) {
    Matcher strings = STRING.matcher(text);
    while (strings.find()) {
      if (strings.start() <= index && index < strings.end()) {
        return true;
      }
    }
    return false;
  }

  private static Token match(int line, String text, Matcher m, Kind kind) {
    int from = column(text, m.start());
    return new Token(line, from, text.codePointCount(m.start(), m.end()), kind);
  }

  /** The 1-based code point column of UTF-16 {@code index} of {@code text}. */
  private static int column(String text, int index) {
    return text.codePointCount(0, index) + 1;
  }

  private static void delimiters(Span hole, List<Token> all) {
    if (hole.line() == hole.endLine() && hole.text().startsWith("{{")) {
      all.add(new Token(hole.line(), hole.column(), 2, Kind.KEYWORD));
      all.add(new Token(hole.line(), hole.endColumn() - 2, 2, Kind.KEYWORD));
    }
  }

  static void expression(Expr e, List<Token> all) {
    Span span = e instanceof Expr.Call c ? c.nameSpan() : e.span();
    if (!span.hasPosition() || span.line() != span.endLine()) {
      return;
    }
    int length = span.endColumn() - span.column();
    if (e instanceof Expr.Name) {
      all.add(new Token(span.line(), span.column(), length, Kind.VARIABLE));
    } else if (e instanceof Expr.Field f) {
      int segment = f.name().codePointCount(0, f.name().length());
      all.add(new Token(span.line(), span.endColumn() - segment, segment, Kind.VARIABLE));
    } else if (e instanceof Expr.Call) {
      all.add(new Token(span.line(), span.column(), length, Kind.FUNCTION));
    } else if (e instanceof Expr.Text) {
      all.add(new Token(span.line(), span.column(), length, Kind.STRING));
    } else if (e instanceof Expr.IntLit || e instanceof Expr.SizeLit) {
      all.add(new Token(span.line(), span.column(), length, Kind.NUMBER));
    } else if (e instanceof Expr.BoolLit) {
      all.add(new Token(span.line(), span.column(), length, Kind.KEYWORD));
    } else if (e instanceof Expr.Unary u) {
      all.add(new Token(span.line(), span.column(), u.op().symbol.length(), Kind.OPERATOR));
    } else if (e instanceof Expr.Binary b) {
      operator(b, all);
    }
  }

  /** The binary operator's symbol, found between its operands on their line. */
  private static void operator(Expr.Binary b, List<Token> all) {
    Span left = b.left().span();
    Span right = b.right().span();
    if (left.endLine() != right.line()) {
      return;
    }
    String text = left.file().line(left.endLine());
    int from = utf16(text, left.endColumn() - 1);
    int to = utf16(text, right.column() - 1);
    int at = from <= to ? text.substring(from, to).indexOf(b.op().symbol) : -1;
    if (at >= 0) {
      all.add(
          new Token(
              left.endLine(), column(text, from + at), b.op().symbol.length(), Kind.OPERATOR));
    }
  }

  /** The UTF-16 offset of code point {@code index} of {@code text}, clamped to its end. */
  private static int utf16(String text, int index) {
    int points = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.min(Math.max(index, 0), points));
  }
}
