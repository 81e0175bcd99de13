package dev.plumb.syntax;

import dev.plumb.syntax.Lexeme.Role;
import dev.plumb.syntax.Lexeme.Slot;
import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The tokens of a parsed file as {@link Lexeme}s: each terminal's role is read from the rule it
 * stands in (a {@code -} in an operation name joins, in a subtraction it is an operator), and a
 * manifest's comments, which its lexer skips, are taken back from the text between the tokens.
 */
final class Lexemes {
  private Lexemes() {}

  static List<Lexeme> of(String text, List<Token> tokens, ParserRuleContext tree) {
    Map<Integer, Role> roles = roles(tree);
    Map<Integer, Slot> slots = slots(tree);
    List<Lexeme> lexemes = new ArrayList<>();
    int end = 0;
    for (Token token : tokens) {
      int type = token.getType();
      if (type == Token.EOF || type == PlumbLexer.NL) {
        String skipped = text.substring(end, Math.max(end, token.getStartIndex()));
        int hash = skipped.indexOf('#');
        if (hash >= 0) {
          // only a manifest skips a comment; a template's are tokens of their own
          lexemes.add(
              new Lexeme(
                  Role.COMMENT,
                  Slot.NONE,
                  skipped.substring(hash).replaceFirst("[ \t]+$", ""),
                  token.getLine()));
        }
      }
      if (type == Token.EOF) {
        break;
      }
      int index = token.getTokenIndex();
      lexemes.add(
          new Lexeme(
              roles.get(index),
              slots.getOrDefault(index, Slot.NONE),
              token.getText(),
              token.getLine()));
      end = token.getStopIndex() + 1;
    }
    return List.copyOf(lexemes);
  }

  /** The role of every terminal of the tree by token index, walked without recursion. */
  private static Map<Integer, Role> roles(ParseTree tree) {
    Map<Integer, Role> roles = new HashMap<>();
    for (TerminalNode terminal : terminals(tree)) {
      ParserRuleContext parent = (ParserRuleContext) terminal.getParent();
      roles.put(terminal.getSymbol().getTokenIndex(), role(terminal.getSymbol().getType(), parent));
    }
    return roles;
  }

  /**
   * The column of its declaration each manifest token belongs to, from the child of the
   * declaration's line that holds it: its keyword first, then (in the declarations that name
   * something) the name; the string standing directly in the line, not one inside a default or an
   * expression, is its documentation; the rest is the body.
   */
  private static Map<Integer, Slot> slots(ParseTree tree) {
    Map<Integer, Slot> slots = new HashMap<>();
    if (!(tree instanceof PlumbParser.ManifestContext manifest)) {
      return slots;
    }
    for (PlumbParser.ManifestLineContext line : manifest.manifestLine()) {
      boolean named =
          line instanceof PlumbParser.PackDeclContext
              || line instanceof PlumbParser.AxisDeclContext
              || line instanceof PlumbParser.TypeDeclContext
              || line instanceof PlumbParser.VarDeclContext
              || line instanceof PlumbParser.LetDeclContext;
      for (int i = 0; i < line.getChildCount(); i++) {
        ParseTree child = line.getChild(i);
        boolean doc =
            child instanceof TerminalNode t && t.getSymbol().getType() == PlumbLexer.STRING;
        Slot slot =
            i == 0 ? Slot.KEYWORD : i == 1 && named ? Slot.NAME : doc ? Slot.DOC : Slot.BODY;
        terminals(child).forEach(t -> slots.put(t.getSymbol().getTokenIndex(), slot));
      }
    }
    return slots;
  }

  /** The terminals below {@code tree}, in no particular order, found without recursion. */
  private static List<TerminalNode> terminals(ParseTree tree) {
    List<TerminalNode> terminals = new ArrayList<>();
    Deque<ParseTree> pending = new ArrayDeque<>();
    pending.push(tree);
    while (!pending.isEmpty()) {
      ParseTree node = pending.pop();
      if (node instanceof TerminalNode terminal) {
        terminals.add(terminal);
      } else {
        for (int i = 0; i < node.getChildCount(); i++) {
          pending.push(node.getChild(i));
        }
      }
    }
    return terminals;
  }

  private static Role role(int type, ParserRuleContext parent) {
    return switch (type) {
      case PlumbLexer.NL -> Role.NEWLINE;
      case PlumbLexer.COMMENT_LINE -> Role.COMMENT;
      case PlumbLexer.TEXT, PlumbLexer.ESCAPE -> Role.TEXT;
      case PlumbLexer.HOLE_OPEN -> Role.HOLE_OPEN;
      case PlumbLexer.HOLE_CLOSE -> Role.HOLE_CLOSE;
      case PlumbLexer.TEMPLATE,
          PlumbLexer.FRAGMENT,
          PlumbLexer.EXTENDS,
          PlumbLexer.IF,
          PlumbLexer.ELIF,
          PlumbLexer.ELSE_DIR,
          PlumbLexer.END,
          PlumbLexer.EACH,
          PlumbLexer.LET,
          PlumbLexer.REQUIRE,
          PlumbLexer.BLOCK,
          PlumbLexer.SUPER,
          PlumbLexer.INCLUDE,
          PlumbLexer.UNSUPPORTED,
          PlumbLexer.HEREDOC ->
          // a manifest's 'let' is the same token type, but a word of its line
          parent instanceof PlumbParser.DirectiveContext ? Role.DIRECTIVE : Role.WORD;
      case PlumbLexer.MINUS ->
          parent instanceof PlumbParser.OpNameContext
              ? Role.JOIN
              : by(parent, PlumbParser.AddExprContext.class, Role.WORD, Role.SIGN);
      case PlumbLexer.LT ->
          by(parent, PlumbParser.GenericTypeContext.class, Role.ARGUMENTS, Role.WORD);
      case PlumbLexer.GT -> by(parent, PlumbParser.GenericTypeContext.class, Role.CLOSE, Role.WORD);
      case PlumbLexer.LPAREN ->
          by(parent, PlumbParser.ParenExprContext.class, Role.OPEN, Role.ARGUMENTS);
      case PlumbLexer.LBRACK ->
          by(parent, PlumbParser.IndexExprContext.class, Role.ARGUMENTS, Role.OPEN);
      case PlumbLexer.LBRACE ->
          by(parent, PlumbParser.RecordLiteralContext.class, Role.OPEN, Role.WORD);
      case PlumbLexer.RBRACE ->
          by(parent, PlumbParser.RecordLiteralContext.class, Role.CLOSE, Role.WORD);
      case PlumbLexer.RPAREN, PlumbLexer.RBRACK, PlumbLexer.QUESTION -> Role.CLOSE;
      case PlumbLexer.COLON ->
          by(parent, PlumbParser.VarDeclContext.class, Role.WORD, Role.SEPARATOR);
      case PlumbLexer.COMMA -> Role.SEPARATOR;
      case PlumbLexer.DOT, PlumbLexer.DOTDOT -> Role.JOIN;
      default -> Role.WORD;
    };
  }

  /** {@code there} for a token that stands in a {@code rule}, else {@code elsewhere}. */
  private static Role by(
      ParserRuleContext parent,
      Class<? extends ParserRuleContext> rule,
      Role there,
      Role elsewhere) {
    return rule.isInstance(parent) ? there : elsewhere;
  }
}
