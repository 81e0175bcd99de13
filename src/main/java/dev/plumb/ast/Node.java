package dev.plumb.ast;

import dev.plumb.source.Span;
import java.util.List;

/** The statements of a template or fragment body: text lines and directives. */
public sealed interface Node {
  Span span();

  <R> R accept(Visitor<R> visitor);

  /** One method per statement form, so a pass that forgets one does not compile. */
  interface Visitor<R> {
    R visitText(TextLine n);

    R visitIf(If n);

    R visitEach(Each n);

    R visitLet(Let n);

    R visitRequire(Require n);

    R visitBlock(Block n);

    R visitSuper(Super n);

    R visitInclude(Include n);

    R visitUnsupported(Unsupported n);
  }

  /** A part of a text line: literal shell text, or a hole. */
  sealed interface Part {
    Span span();
  }

  record Literal(String text, Span span) implements Part {}

  /** A hole {@code {{ expr }}}; {@code index} numbers the holes of one file from 0. */
  record Hole(Expr expr, int index, Span span) implements Part {}

  /**
   * A text line, copied to the output with its holes filled in. {@code id} numbers the text lines
   * of one file from 0 in file order.
   *
   * @param heredoc the {@code %heredoc} declaration on the line before it, or null
   */
  record TextLine(List<Part> parts, int id, Span span, Heredoc heredoc) implements Node {
    public TextLine(List<Part> parts, int id, Span span) {
      this(parts, id, span, null);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitText(this);
    }
  }

  /**
   * {@code %heredoc LANGUAGE}: what the body of the next here-document is ({@code shell} or {@code
   * text}); it belongs to the text line after it.
   */
  record Heredoc(String language, Span span) {}

  record Branch(Expr condition, List<Node> body, Span span) {}

  /**
   * {@code %if}, its {@code %elif}s, and an optional {@code %else}; its span runs from the {@code
   * %if} line to its {@code %end}. It has one <em>arm</em> per branch, then one for the {@code
   * %else} or, without one, for no branch taken (as coverage tools count an {@code if} without
   * {@code else}); arm {@code k} is numbered {@code firstArm + k} among the arms of its file, as
   * text lines are by {@link TextLine#id}, so that a compile can record the arms it took as a few
   * ints.
   *
   * @param otherwise the {@code %else} body, or null when there is no {@code %else}
   * @param elseSpan the {@code %else} directive, or null when there is none
   */
  record If(List<Branch> branches, List<Node> otherwise, Span elseSpan, int firstArm, Span span)
      implements Node {
    /** Its arms: one per branch, and the {@code %else} or the implicit one. */
    public int arms() {
      return branches.size() + 1;
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitIf(this);
    }
  }

  /** {@code %each item[, index] in list}; {@code index} is null when not named. */
  record Each(String item, String index, Expr list, List<Node> body, Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitEach(this);
    }
  }

  record Let(String name, Expr value, Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitLet(this);
    }
  }

  record Require(Expr condition, String message, Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitRequire(this);
    }
  }

  /** A named region; its span runs from the {@code %block} line to its {@code %end}. */
  record Block(String name, List<Node> body, Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitBlock(this);
    }
  }

  record Super(Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitSuper(this);
    }
  }

  record Include(String fragment, List<Expr> args, Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitInclude(this);
    }
  }

  record Unsupported(String reason, Span span) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitUnsupported(this);
    }
  }
}
