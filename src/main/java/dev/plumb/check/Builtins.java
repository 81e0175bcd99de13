package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.types.Type;
import java.util.List;
import java.util.Map;

/** Types calls of the built-in functions (docs/language.md §2). */
final class Builtins {
  /** Each function and how many arguments it takes. */
  static final Map<String, Integer> ARITY =
      Map.ofEntries(
          Map.entry("len", 1),
          Map.entry("mib", 1),
          Map.entry("gib", 1),
          Map.entry("kib", 1),
          Map.entry("bytes", 1),
          Map.entry("join", 2),
          Map.entry("contains", 2),
          Map.entry("basename", 1),
          Map.entry("dirname", 1),
          Map.entry("lower", 1),
          Map.entry("upper", 1),
          Map.entry("str", 1),
          Map.entry("present", 1),
          Map.entry("default", 2),
          Map.entry("commas", 1),
          Map.entry("shquote", 1),
          Map.entry("replace", 3),
          Map.entry("trim", 1));

  private final ExprChecker x;

  Builtins(ExprChecker checker) {
    this.x = checker;
  }

  Type check(Expr.Call call) {
    Integer arity = ARITY.get(call.function());
    if (arity == null) {
      x.report(
          Diagnostic.error(Code.P202, call.nameSpan(), "unknown function '" + call.function() + "'")
              .withHint(Suggest.hint(call.function(), ARITY.keySet())));
      call.args().forEach(x::infer);
      return new Type.Invalid();
    }
    List<Expr> args = call.args();
    if (args.size() != arity) {
      x.report(
          Diagnostic.error(
              Code.P203,
              call.span(),
              call.function()
                  + "() takes "
                  + arity
                  + (arity == 1 ? " argument" : " arguments")
                  + ", got "
                  + args.size()));
      return new Type.Invalid();
    }
    Expr first = args.get(0);
    return switch (call.function()) {
      case "len" -> len(first);
      case "mib", "gib", "kib", "bytes" -> {
        x.expect(first, Type.Scalar.SIZE);
        yield Type.Scalar.INT;
      }
      case "join" -> join(first, args.get(1));
      case "contains" -> {
        text(first);
        text(args.get(1));
        yield Type.Scalar.BOOL;
      }
      case "basename", "dirname" -> {
        Type t = text(first);
        yield Operators.isKind(t, Type.Kind.PATH) ? Type.Scalar.PATH : Type.Scalar.STRING;
      }
      case "commas" -> {
        // QEMU option values: a comma in a path is written twice (qemu(1), -drive file=…)
        Type t = text(first);
        yield t instanceof Type.Scalar s && s.kind() != Type.Kind.STRING ? t : Type.Scalar.STRING;
      }
      case "replace" -> {
        text(first);
        text(args.get(1));
        text(args.get(2));
        yield Type.Scalar.STRING;
      }
      case "lower", "upper", "trim" -> {
        text(first);
        yield Type.Scalar.STRING;
      }
      case "str" -> {
        scalar(first, "str()");
        yield Type.Scalar.STRING;
      }
      case "shquote" -> {
        scalar(first, "shquote()");
        yield Type.Scalar.STRING;
      }
      case "present" -> {
        optional(first, "present()");
        yield Type.Scalar.BOOL;
      }
      default -> fallback(first, args.get(1));
    };
  }

  private Type len(Expr arg) {
    Type t = x.noSecret(arg, x.value(arg));
    if (!(t instanceof Type.ListOf
        || t instanceof Type.Invalid
        || t instanceof Type.Scalar s && s.isText())) {
      x.report(
          Diagnostic.error(
              Code.P204, arg.span(), "len() needs a list or text, got " + t.display()));
    }
    return Type.Scalar.INT;
  }

  private Type join(Expr list, Expr separator) {
    Type t = x.noSecret(list, x.value(list));
    if (t instanceof Type.ListOf l) {
      Type element = l.element();
      if (element instanceof Type.RecordOf
          || element instanceof Type.ListOf
          || element instanceof Type.OptionalOf) {
        x.report(
            Diagnostic.error(
                Code.P208, list.span(), "join() needs a list of scalars, got " + t.display()));
      }
      x.noSecret(list, element);
    } else if (!(t instanceof Type.Invalid)) {
      x.report(Diagnostic.error(Code.P204, list.span(), "join() needs a list, got " + t.display()));
    }
    text(separator);
    return Type.Scalar.STRING;
  }

  private Type text(Expr arg) {
    Type t = x.noSecret(arg, x.value(arg));
    if (!(t instanceof Type.Invalid) && !(t instanceof Type.Scalar s && s.isText())) {
      x.report(
          Diagnostic.error(Code.P204, arg.span(), "expected text, got " + t.display())
              .withHint(
                  t instanceof Type.Scalar || t instanceof Type.EnumOf
                      ? "convert it with str(…)"
                      : null));
    }
    return t;
  }

  private void scalar(Expr arg, String function) {
    Type t = x.noSecret(arg, x.value(arg));
    if (t instanceof Type.RecordOf || t instanceof Type.ListOf) {
      x.report(
          Diagnostic.error(
              Code.P208, arg.span(), function + " needs a scalar, got " + t.display()));
    }
  }

  private void optional(Expr arg, String function) {
    Type t = x.infer(arg);
    if (t instanceof Type.Word || t instanceof Type.Namespace) {
      x.usable(arg, t);
    } else if (!(t instanceof Type.OptionalOf || t instanceof Type.Invalid)) {
      x.report(
          Diagnostic.error(
                  Code.P204, arg.span(), function + " needs an optional value, got " + t.display())
              .withHint("only values declared with '?' can be absent"));
    }
  }

  private Type fallback(Expr optional, Expr value) {
    Type t = x.infer(optional);
    if (t instanceof Type.OptionalOf o) {
      x.expect(value, o.inner());
      return o.inner();
    }
    optional(optional, "default()");
    return x.value(value);
  }
}
