package dev.plumb.syntax;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into P1xx diagnostics in plumb's own words: the user never sees
 * "extraneous input … expecting {…}". Only the first error of a line is kept, since the rest are
 * usually echoes of it.
 */
final class SyntaxErrors extends BaseErrorListener {
  private final SourceFile file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Integer> linesWithErrors = new HashSet<>();
  private boolean failed;

  SyntaxErrors(SourceFile file) {
    this.file = file;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether the lexer or the parser met an error (shown or not): the tree is not sound. */
  boolean failed() {
    return failed;
  }

  boolean hasErrorOn(int line) {
    return linesWithErrors.contains(line);
  }

  void add(Diagnostic diagnostic) {
    if (linesWithErrors.add(diagnostic.span().line())) {
      diagnostics.add(diagnostic);
    }
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String antlrMessage,
      RecognitionException e) {
    failed = true;
    if (!(offendingSymbol instanceof Token token)) {
      add(
          Diagnostic.error(
              Code.P101,
              Span.of(file, line, charPositionInLine + 1, charPositionInLine + 2),
              "unexpected character"));
      return;
    }
    int column = token.getCharPositionInLine() + 1;
    int width =
        token.getType() == Token.EOF || token.getType() == PlumbLexer.NL
            ? 1
            : Math.max(1, token.getText().codePointCount(0, token.getText().length()));
    if (token.getType() == PlumbLexer.NL) {
      column += token.getText().replaceAll("[\r\n]", "").length();
    }
    Span span = Span.of(file, token.getLine(), column, column + width);
    if (token.getType() == PlumbLexer.OPEN_STRING) {
      add(
          Diagnostic.error(Code.P103, span, "string is not closed on this line")
              .withHint("end it with '\"'"));
      return;
    }
    Token previous = previous(recognizer, token);
    if (previous != null
        && previous.getType() == PlumbLexer.MINUS
        && token.getType() == PlumbLexer.HOLE_CLOSE
        && previous.getStopIndex() + 1 == token.getStartIndex()
        && inHole(((Parser) recognizer).getContext())) {
      add(Habits.trimmedHole(file, span));
      return;
    }
    String hint = null;
    if (previous != null && previous.getType() == PlumbLexer.HOLE_OPEN) {
      hint = Habits.literalBraces(file, previous.getLine(), previous.getCharPositionInLine());
    } else if (previous != null
        && previous.getType() == PlumbLexer.ELSE_DIR
        && token.getType() == PlumbLexer.IDENT
        && token.getText().equals("if")) {
      hint = Habits.elseIf(file, token.getLine());
    }
    boolean lineEnds = token.getType() == PlumbLexer.NL || token.getType() == Token.EOF;
    if (lineEnds && recognizer instanceof Parser parser && inHole(parser.getContext())) {
      String close = "end it with '}}' before the end of the line";
      add(
          Diagnostic.error(Code.P102, span, "hole is not closed on this line")
              .withHint(hint == null ? close : close + "; " + hint));
      return;
    }
    String found = lineEnds ? "end of line" : "'" + shown(token.getText()) + "'";
    String expected = recognizer instanceof Parser parser ? expected(parser, e) : "";
    add(Diagnostic.error(Code.P101, span, "unexpected " + found + expected).withHint(hint));
  }

  /** The token the parser read before {@code token}, or null. */
  private static Token previous(Recognizer<?, ?> recognizer, Token token) {
    if (!(recognizer instanceof Parser parser) || token.getTokenIndex() <= 0) {
      return null;
    }
    return parser.getInputStream().get(token.getTokenIndex() - 1);
  }

  /**
   * A token as a message shows it: control characters escaped (a raw CR would send the terminal's
   * cursor back over the message) and a long token cut short.
   */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    int[] points = text.codePoints().toArray();
    for (int i = 0; i < points.length && i < 40; i++) {
      int c = points[i];
      if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    }
    return points.length > 40 ? out.append('…').toString() : out.toString();
  }

  private static boolean inHole(RuleContext context) {
    for (RuleContext c = context; c != null; c = c.parent) {
      if (c.getRuleIndex() == PlumbParser.RULE_hole) {
        return true;
      }
    }
    return false;
  }

  /** ", expected X, Y or Z" in words a template author knows, or "" when unhelpful. */
  private static String expected(Parser parser, RecognitionException e) {
    IntervalSet tokens =
        e != null && e.getExpectedTokens() != null
            ? e.getExpectedTokens()
            : parser.getExpectedTokens();
    Set<String> words = new LinkedHashSet<>();
    for (int type : tokens.toList()) {
      String word = describe(type);
      if (word != null) {
        words.add(word);
      }
    }
    // where an expression may end, "expected '}}'" says more than a list of operators
    for (String ending : List.of("'}}'", "end of line")) {
      if (words.contains(ending)) {
        return ", expected " + ending;
      }
    }
    if (words.isEmpty() || words.size() > 4) {
      return words.contains("an expression") ? ", expected an expression" : "";
    }
    List<String> list = new ArrayList<>(words);
    String last = list.remove(list.size() - 1);
    return ", expected " + (list.isEmpty() ? last : String.join(", ", list) + " or " + last);
  }

  private static String describe(int type) {
    return switch (type) {
      case PlumbLexer.IDENT -> "a name";
      case PlumbLexer.STRING -> "a string";
      case PlumbLexer.INT,
          PlumbLexer.SIZE,
          PlumbLexer.TRUE,
          PlumbLexer.FALSE,
          PlumbLexer.LBRACK,
          PlumbLexer.LBRACE,
          PlumbLexer.LPAREN,
          PlumbLexer.NOT,
          PlumbLexer.MINUS ->
          "an expression";
      case PlumbLexer.HOLE_CLOSE -> "'}}'";
      case PlumbLexer.NL, Token.EOF -> "end of line";
      case PlumbLexer.WHEN -> "'when'";
      case PlumbLexer.IN -> "'in'";
      case PlumbLexer.ELSE -> "'else'";
      case PlumbLexer.ASSIGN -> "'='";
      case PlumbLexer.COLON -> "':'";
      case PlumbLexer.COMMA -> "','";
      case PlumbLexer.RPAREN -> "')'";
      case PlumbLexer.RBRACK -> "']'";
      case PlumbLexer.RBRACE -> "'}'";
      case PlumbLexer.GT -> "'>'";
      case PlumbLexer.PIPE -> "'|'";
      default -> null;
    };
  }
}
