package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Expr.BinaryOp;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.List;

/** Types binary operators: logic, comparisons, membership and arithmetic. */
final class Operators {
  private final ExprChecker x;

  Operators(ExprChecker checker) {
    this.x = checker;
  }

  Type check(Expr.Binary e) {
    return switch (e.op()) {
      case OR, AND -> logic(e);
      case EQ, NE -> equality(e);
      case LT, LE, GT, GE -> ordering(e);
      case IN -> membership(e);
      case ADD, SUB, MUL -> arithmetic(e);
    };
  }

  private Type logic(Expr.Binary e) {
    x.checkBool(e.left(), Code.P204, "the left side of '" + e.op().symbol + "'");
    x.scope().enter();
    if (e.op() == BinaryOp.AND) {
      // `present(a) and a == 1`: the right side sees what the left side narrowed
      Narrowing.apply(e.left(), x.scope());
    }
    x.checkBool(e.right(), Code.P204, "the right side of '" + e.op().symbol + "'");
    x.scope().exit();
    return Type.Scalar.BOOL;
  }

  /** One side may be a bare word; it takes its enum from the other side. */
  private Type equality(Expr.Binary e) {
    Type left = x.infer(e.left());
    Type right = x.infer(e.right());
    if (left instanceof Type.Word && right instanceof Type.Word) {
      x.unknownName(((Type.Word) left).word(), e.left().span());
      return Type.Scalar.BOOL;
    }
    if (left instanceof Type.Word) {
      x.expect(e.left(), x.noSecret(e.right(), x.usable(e.right(), right)));
      return Type.Scalar.BOOL;
    }
    left = x.noSecret(e.left(), x.usable(e.left(), left));
    if (right instanceof Type.Word) {
      x.expect(e.right(), left);
      return Type.Scalar.BOOL;
    }
    right = x.noSecret(e.right(), x.usable(e.right(), right));
    if (left instanceof Type.RecordOf || left instanceof Type.ListOf) {
      x.report(
          Diagnostic.error(
              Code.P204,
              e.span(),
              "'" + e.op().symbol + "' compares scalars and enums, not " + left.display()));
    } else if (!Type.assignable(left, right) && !Type.assignable(right, left)) {
      x.report(
          Diagnostic.error(
                  Code.P204,
                  e.span(),
                  "cannot compare " + left.display() + " with " + right.display())
              .withHint(quotedWord(e, left, right)));
    }
    return Type.Scalar.BOOL;
  }

  /** {@code init == "systemd"}: an enum compared with a string literal, written without quotes. */
  private static String quotedWord(Expr.Binary e, Type left, Type right) {
    if (e.right() instanceof Expr.Text text && left instanceof Type.EnumOf en) {
      return Unquote.hint(e, List.of(text), en);
    }
    if (e.left() instanceof Expr.Text text && right instanceof Type.EnumOf en) {
      return Unquote.hint(e, List.of(text), en);
    }
    return null;
  }

  private Type ordering(Expr.Binary e) {
    Type left = x.noSecret(e.left(), x.value(e.left()));
    Type right = x.noSecret(e.right(), x.value(e.right()));
    if (isError(left) || isError(right)) {
      return Type.Scalar.BOOL;
    }
    boolean ints = isKind(left, Type.Kind.INT) && isKind(right, Type.Kind.INT);
    boolean sizes = isKind(left, Type.Kind.SIZE) && isKind(right, Type.Kind.SIZE);
    if (!ints && !sizes) {
      x.report(
          Diagnostic.error(
                  Code.P204,
                  e.span(),
                  "'"
                      + e.op().symbol
                      + "' compares two ints or two sizes, not "
                      + left.display()
                      + " and "
                      + right.display())
              .withHint(mixHint(left, right)));
    }
    return Type.Scalar.BOOL;
  }

  private Type membership(Expr.Binary e) {
    Type list = x.infer(e.right());
    Type item = x.infer(e.left());
    if (quotedWords(e, list, item)) {
      return Type.Scalar.BOOL;
    }
    if (list instanceof Type.ListOf l
        && l.element() instanceof Type.Word
        && e.right() instanceof Expr.ListLit) {
      // `host in [freebsd, linux]`: the words are values of the left side's enum
      Type itemType = x.noSecret(e.left(), x.usable(e.left(), item));
      for (Expr element : ((Expr.ListLit) e.right()).elements()) {
        x.expect(element, itemType);
      }
      return Type.Scalar.BOOL;
    }
    list = x.usable(e.right(), list);
    if (list instanceof Type.Invalid) {
      return Type.Scalar.BOOL;
    }
    if (!(list instanceof Type.ListOf l)) {
      x.report(
          Diagnostic.error(
                  Code.P204,
                  e.right().span(),
                  "'in' needs a list on its right, got " + list.display())
              .withHint("to find text in a string, use contains(string, part)"));
      return Type.Scalar.BOOL;
    }
    x.expect(e.left(), l.element());
    return Type.Scalar.BOOL;
  }

  /**
   * {@code init in ["systemd", "openrc"]}: an enum looked for among string literals; reported once,
   * with the list written without quotes.
   */
  private boolean quotedWords(Expr.Binary e, Type list, Type item) {
    Type.EnumOf en = item instanceof Type.EnumOf i ? i : null;
    if (en == null
        || !(e.right() instanceof Expr.ListLit literal)
        || !(list instanceof Type.ListOf l && Type.assignable(l.element(), Type.Scalar.STRING))) {
      return false;
    }
    List<Expr.Text> texts = new ArrayList<>();
    for (Expr element : literal.elements()) {
      if (!(element instanceof Expr.Text text)) {
        return false;
      }
      texts.add(text);
    }
    x.report(
        Diagnostic.error(
                Code.P204, e.span(), "cannot look for " + en.display() + " in a list of strings")
            .withHint(Unquote.hint(e, texts, en)));
    return true;
  }

  private Type arithmetic(Expr.Binary e) {
    Type left = x.noSecret(e.left(), x.value(e.left()));
    Type right = x.noSecret(e.right(), x.value(e.right()));
    if (isError(left) || isError(right)) {
      return new Type.Invalid();
    }
    if (e.op() == BinaryOp.ADD && isText(left) && isText(right)) {
      return isKind(left, Type.Kind.PATH) && staysSingleLine(e.right(), right)
          ? Type.Scalar.PATH
          : Type.Scalar.STRING;
    }
    if (e.op() == BinaryOp.ADD && left instanceof Type.ListOf l && right instanceof Type.ListOf r) {
      Type joined = joined(l, r);
      if (joined != null) {
        return joined;
      }
    }
    if (isKind(left, Type.Kind.INT) && isKind(right, Type.Kind.INT)) {
      return Type.Scalar.INT;
    }
    if (isKind(left, Type.Kind.SIZE) && isKind(right, Type.Kind.SIZE) && e.op() != BinaryOp.MUL) {
      return Type.Scalar.SIZE;
    }
    if (e.op() == BinaryOp.MUL
        && (isKind(left, Type.Kind.SIZE) && isKind(right, Type.Kind.INT)
            || isKind(left, Type.Kind.INT) && isKind(right, Type.Kind.SIZE))) {
      return Type.Scalar.SIZE;
    }
    x.report(
        Diagnostic.error(
                Code.P204,
                e.span(),
                "'"
                    + e.op().symbol
                    + "' cannot combine "
                    + left.display()
                    + " and "
                    + right.display())
            .withHint(mixHint(left, right)));
    return new Type.Invalid();
  }

  /**
   * The type of two lists one after the other: the wider element type when one holds the other's
   * ({@code list<name> + list<string>} is a {@code list<string>}), an empty list taking the
   * other's; null when the elements do not mix.
   */
  private static Type joined(Type.ListOf left, Type.ListOf right) {
    if (left.element() instanceof Type.Invalid
        || Type.assignable(left.element(), right.element())) {
      return right.element() instanceof Type.Invalid ? left : right;
    }
    return Type.assignable(right.element(), left.element()) ? left : null;
  }

  /**
   * A path stays a path when what is appended cannot hold a newline or NUL, so that a path keeps
   * its promise (it may then stand in a comment, docs/language.md §2).
   */
  private static boolean staysSingleLine(Expr right, Type type) {
    if (right instanceof Expr.Text t) {
      return t.value().chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0);
    }
    return type instanceof Type.Scalar s && s.kind() != Type.Kind.STRING && s.isText();
  }

  private static String mixHint(Type left, Type right) {
    boolean mixed =
        isKind(left, Type.Kind.INT) && isKind(right, Type.Kind.SIZE)
            || isKind(left, Type.Kind.SIZE) && isKind(right, Type.Kind.INT);
    return mixed ? "ints and sizes do not mix: write a size like 4G, or convert with mib(…)" : null;
  }

  static boolean isKind(Type t, Type.Kind kind) {
    return t instanceof Type.Scalar s && s.kind() == kind;
  }

  private static boolean isText(Type t) {
    return t instanceof Type.Scalar s && s.isText();
  }

  private static boolean isError(Type t) {
    return t instanceof Type.Invalid;
  }
}
