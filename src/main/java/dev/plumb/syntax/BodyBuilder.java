package dev.plumb.syntax;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import dev.plumb.syntax.generated.PlumbLexer;
import dev.plumb.syntax.generated.PlumbParser;
import dev.plumb.syntax.generated.PlumbParser.DirectiveContext;
import dev.plumb.syntax.generated.PlumbParser.LineContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds a template or fragment from its lines. The grammar only reads lines; matching {@code
 * %if}/{@code %each}/{@code %block} with their {@code %end} happens here, so the errors can name
 * the line where a block was opened.
 */
final class BodyBuilder {
  /** Directive blocks nested deeper than this are an error, so no later pass can overflow. */
  static final int MAX_NESTING = 64;

  private final Spans spans;
  private final List<Diagnostic> errors;
  private final ExprBuilder exprs;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int textLines;
  private int holes;
  private int arms;

  /** A {@code %heredoc} waiting for the text line it belongs to. */
  private Node.Heredoc heredoc;

  /** What opened a frame: the file itself, or a directive that its {@code %end} closes. */
  private enum Opener {
    FILE("file"),
    IF("if"),
    EACH("each"),
    BLOCK("block");

    final String word;

    Opener(String word) {
      this.word = word;
    }
  }

  /** An open directive block and the statements collected for it so far. */
  private static final class Frame {
    final Opener directive;
    final Span opener;
    final List<Node.Branch> branches = new ArrayList<>();
    List<Node> body = new ArrayList<>();
    List<Node> otherwise;
    Span elseSpan;
    Node.Each each;
    String blockName;
    Node.Branch pending;

    Frame(Opener directive, Span opener) {
      this.directive = directive;
      this.opener = opener;
    }
  }

  BodyBuilder(Spans spans, List<Diagnostic> errors) {
    this.spans = spans;
    this.errors = errors;
    this.exprs = new ExprBuilder(spans, errors);
  }

  Unit build(PlumbParser.TemplateFileContext file) {
    List<LineContext> lines = file.line();
    Frame root = new Frame(Opener.FILE, null);
    frames.push(root);
    DirectiveContext header = null;
    Template.Extends parent = null;
    int last = lines.size() - 1;
    for (int i = 0; i <= last; i++) {
      LineContext line = lines.get(i);
      if (header == null) {
        if (line.directive() instanceof PlumbParser.TemplateDirectiveContext
            || line.directive() instanceof PlumbParser.FragmentDirectiveContext) {
          header = line.directive();
          continue;
        }
        if (line.getChildCount() == 0 || line.COMMENT_LINE() != null) {
          continue;
        }
        errors.add(
            Diagnostic.error(
                    Code.P107,
                    spans.of(line),
                    "a template file starts with '%template OPERATION' or '%fragment NAME(…)'")
                .withHint("add the header as the first line"));
        return null;
      }
      if (line.directive() instanceof PlumbParser.ExtendsDirectiveContext c) {
        if (parent != null
            || frames.size() > 1
            || !root.body.isEmpty()
            || header instanceof PlumbParser.FragmentDirectiveContext) {
          errors.add(
              Diagnostic.error(
                  Code.P107,
                  spans.ofDirective(c.EXTENDS().getSymbol()),
                  "'%extends' must come right after the '%template' line"));
        } else {
          parent =
              new Template.Extends(
                  opName(c.opName()), selector(c.selector(), spans.of(c)), spans.of(c));
        }
        continue;
      }
      if (line.directive() != null) {
        directive(line.directive());
      } else if (line.textLine() != null) {
        add(text(line.textLine()));
      } else if (line.COMMENT_LINE() == null && i < last) {
        heredocUnused();
        int number = line.getStart().getLine();
        add(new Node.TextLine(List.of(), textLines++, Span.of(spans.file(), number, 1, 1)));
      }
    }
    if (header == null) {
      errors.add(
          Diagnostic.error(
              Code.P107,
              Span.of(spans.file(), 1, 1, 1),
              "the file is empty: a template starts with '%template OPERATION'"));
      return null;
    }
    heredocUnused();
    while (frames.size() > 1) {
      unclosed("is never closed", new MissingEnd(0).hint());
    }
    return unit(header, parent, List.copyOf(root.body));
  }

  private Unit unit(DirectiveContext header, Template.Extends parent, List<Node> body) {
    if (header instanceof PlumbParser.TemplateDirectiveContext t) {
      Span span = spans.of(t);
      return new Template(
          spans.file(), opName(t.opName()), selector(t.selector(), span), parent, body, span);
    }
    PlumbParser.FragmentDirectiveContext f = (PlumbParser.FragmentDirectiveContext) header;
    TypeRefBuilder types = new TypeRefBuilder(spans, errors);
    List<Fragment.Param> params = new ArrayList<>();
    for (PlumbParser.ParamContext p : f.param()) {
      params.add(new Fragment.Param(p.IDENT().getText(), types.build(p.typeExpr()), spans.of(p)));
    }
    return new Fragment(spans.file(), f.IDENT().getText(), params, body, spans.of(f));
  }

  private void directive(DirectiveContext ctx) {
    Span span = spans.of(ctx);
    Token keyword = ctx.getStart();
    Span keywordSpan = spans.ofDirective(keyword);
    heredocUnused();
    if (ctx instanceof PlumbParser.HeredocDirectiveContext c) {
      heredoc(c, span);
    } else if (ctx instanceof PlumbParser.IfDirectiveContext c) {
      Frame frame = open(Opener.IF, keywordSpan);
      frame.pending = new Node.Branch(exprs.build(c.expr()), frame.body, span);
    } else if (ctx instanceof PlumbParser.ElifDirectiveContext c) {
      Frame frame = continuing("elif", keywordSpan);
      if (frame != null) {
        closeBranch(frame);
        frame.pending = new Node.Branch(exprs.build(c.expr()), frame.body, span);
      }
    } else if (ctx instanceof PlumbParser.ElseDirectiveContext) {
      Frame frame = continuing("else", keywordSpan);
      if (frame != null) {
        closeBranch(frame);
        frame.otherwise = frame.body;
        frame.elseSpan = span;
      }
    } else if (ctx instanceof PlumbParser.EndDirectiveContext) {
      close(keywordSpan);
    } else if (ctx instanceof PlumbParser.EachDirectiveContext c) {
      Frame frame = open(Opener.EACH, keywordSpan);
      String index = c.IDENT().size() > 1 ? c.IDENT(1).getText() : null;
      frame.each =
          new Node.Each(c.IDENT(0).getText(), index, exprs.build(c.expr()), List.of(), span);
    } else if (ctx instanceof PlumbParser.BlockDirectiveContext c) {
      open(Opener.BLOCK, keywordSpan).blockName = c.IDENT().getText();
    } else if (ctx instanceof PlumbParser.LetDirectiveContext c) {
      add(new Node.Let(c.IDENT().getText(), exprs.build(c.expr()), span));
    } else if (ctx instanceof PlumbParser.RequireDirectiveContext c) {
      String message =
          Literals.string(c.STRING().getText(), spans.of(c.STRING().getSymbol()), errors);
      add(new Node.Require(exprs.build(c.expr()), message == null ? "" : message, span));
    } else if (ctx instanceof PlumbParser.SuperDirectiveContext) {
      add(new Node.Super(keywordSpan));
    } else if (ctx instanceof PlumbParser.IncludeDirectiveContext c) {
      add(new Node.Include(c.IDENT().getText(), exprs.all(c.expr()), span));
    } else if (ctx instanceof PlumbParser.UnsupportedDirectiveContext c) {
      String reason =
          Literals.string(c.STRING().getText(), spans.of(c.STRING().getSymbol()), errors);
      add(new Node.Unsupported(reason == null ? "" : reason, span));
    } else if (ctx instanceof PlumbParser.BadDirectiveContext) {
      unknownDirective(keyword, keywordSpan);
    } else {
      errors.add(
          Diagnostic.error(
              Code.P107,
              keywordSpan,
              "'" + keyword.getText().strip() + "' belongs on the first line of a file"));
    }
  }

  private void unknownDirective(Token keyword, Span span) {
    String word = keyword.getText().strip().substring(1);
    Diagnostic d = Diagnostic.error(Code.P104, span, "unknown directive '%" + word + "'");
    List<String> near = dev.plumb.diag.Suggest.near(word, Directives.NAMES);
    if (!near.isEmpty()) {
      d = d.withHint(dev.plumb.diag.Suggest.question(near, "%"));
    } else if (word.isEmpty()) {
      d = d.withHint("write '%%' at the start of a text line that starts with '%'");
    }
    errors.add(d);
  }

  private Frame open(Opener directive, Span opener) {
    Frame frame = new Frame(directive, opener);
    if (frames.size() == MAX_NESTING + 1) {
      errors.add(
          Diagnostic.error(
              Code.P110, opener, "directives are nested more than " + MAX_NESTING + " deep"));
    }
    frames.push(frame);
    return frame;
  }

  /** The open {@code %if} an {@code %elif} or {@code %else} continues, or null (reported). */
  private Frame continuing(String directive, Span span) {
    Frame top = frames.peek();
    if (top != null && top.directive != Opener.IF && openIf() != null) {
      // an '%end' is missing inside the '%if': that is the error, and the '%if' goes on
      while (frames.peek().directive != Opener.IF) {
        unclosed(
            "is not closed before the '%" + directive + "' of line " + span.line(),
            new MissingEnd(span.line()).hint());
      }
      top = frames.peek();
    }
    if (top == null || top.directive != Opener.IF) {
      errors.add(Diagnostic.error(Code.P106, span, "'%" + directive + "' without an open '%if'"));
      return null;
    }
    if (top.otherwise != null) {
      errors.add(
          Diagnostic.error(Code.P106, span, "'%" + directive + "' after '%else'")
              .withHint("'%else' must be the last branch of its '%if'"));
      return null;
    }
    return top;
  }

  private void closeBranch(Frame frame) {
    Node.Branch b = frame.pending;
    frame.branches.add(new Node.Branch(b.condition(), List.copyOf(b.body()), b.span()));
    frame.body = new ArrayList<>();
  }

  /**
   * P105 for the innermost open block, which is then closed where it was opened, so that what the
   * file holds is known, if only to say what it uses.
   */
  private void unclosed(String what, String hint) {
    Frame open = frames.peek();
    errors.add(
        Diagnostic.error(
                Code.P105,
                open.opener,
                "'%" + open.directive.word + "' opened at line " + open.opener.line() + " " + what)
            .withHint(hint));
    closeTop(open.opener);
  }

  /** The innermost open {@code %if}, or null. */
  private Frame openIf() {
    for (Frame frame : frames) {
      if (frame.directive == Opener.IF) {
        return frame;
      }
    }
    return null;
  }

  private void close(Span endSpan) {
    if (frames.size() == 1) {
      errors.add(
          Diagnostic.error(
              Code.P106, endSpan, "'%end' without an open '%if', '%each' or '%block'"));
      return;
    }
    closeTop(endSpan);
  }

  /** Closes the innermost open block at {@code endSpan}. */
  private void closeTop(Span endSpan) {
    Frame frame = frames.pop();
    Span span = frame.opener.to(endSpan);
    switch (frame.directive) {
      case IF -> {
        if (frame.otherwise == null) {
          closeBranch(frame);
        }
        List<Node> otherwise = frame.otherwise == null ? null : List.copyOf(frame.otherwise);
        Node.If decision =
            new Node.If(List.copyOf(frame.branches), otherwise, frame.elseSpan, arms, span);
        arms += decision.arms();
        add(decision);
      }
      case EACH -> {
        Node.Each e = frame.each;
        add(new Node.Each(e.item(), e.index(), e.list(), List.copyOf(frame.body), e.span()));
      }
      default -> add(new Node.Block(frame.blockName, List.copyOf(frame.body), span));
    }
  }

  private void add(Node node) {
    frames.peek().body.add(node);
  }

  /** {@code %heredoc LANGUAGE}, kept for the text line that follows. */
  private void heredoc(PlumbParser.HeredocDirectiveContext c, Span span) {
    String language = c.IDENT().getText();
    if (!language.equals("shell") && !language.equals("text")) {
      errors.add(
          Diagnostic.error(
                  Code.P104,
                  spans.of(c.IDENT().getSymbol()),
                  "unknown here-document language '" + language + "'")
              .withHint("write '%heredoc shell' or '%heredoc text'"));
      return;
    }
    heredoc = new Node.Heredoc(language, span);
  }

  /** A {@code %heredoc} must stand right before a text line. */
  private void heredocUnused() {
    if (heredoc != null) {
      errors.add(
          Diagnostic.error(Code.P407, heredoc.span(), "'%heredoc' is not followed by a text line")
              .withHint("put it right before the line that opens the here-document"));
      heredoc = null;
    }
  }

  private Node.TextLine text(PlumbParser.TextLineContext ctx) {
    List<Node.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    Token literalStart = null;
    Token literalEnd = null;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t) {
        Token token = t.getSymbol();
        if (token.getType() == PlumbLexer.ESCAPE) {
          // its own part, so that columns inside the following text stay exact
          parts.add(new Node.Literal(escaped(token.getText()), spans.of(token)));
          continue;
        }
        if (literalStart == null) {
          literalStart = token;
        }
        literalEnd = token;
        literal.append(token.getText());
      } else {
        flush(parts, literal, literalStart, literalEnd);
        literalStart = null;
        PlumbParser.HoleContext hole = (PlumbParser.HoleContext) child;
        parts.add(new Node.Hole(exprs.build(hole.expr()), holes++, spans.of(hole)));
      }
    }
    flush(parts, literal, literalStart, literalEnd);
    Node.Heredoc declared = heredoc;
    heredoc = null;
    return new Node.TextLine(List.copyOf(parts), textLines++, spans.of(ctx), declared);
  }

  private void flush(List<Node.Part> parts, StringBuilder literal, Token start, Token end) {
    if (start != null) {
      parts.add(new Node.Literal(literal.toString(), spans.of(start, end)));
      literal.setLength(0);
    }
  }

  /** {@code %%text}: the first '%' is dropped, the indentation kept. */
  private static String escaped(String token) {
    int percent = token.indexOf('%');
    return token.substring(0, percent) + token.substring(percent + 1);
  }

  private String opName(PlumbParser.OpNameContext ctx) {
    return OpNames.of(ctx, spans, errors);
  }

  private Selector selector(PlumbParser.SelectorContext ctx, Span fallback) {
    return Selectors.of(ctx, fallback, spans);
  }
}
