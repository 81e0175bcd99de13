package dev.plumb.check;

import dev.plumb.ast.Expr;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Shown;
import dev.plumb.diag.Suggest;
import dev.plumb.types.Scalars;
import dev.plumb.types.Sizes;
import dev.plumb.types.Type;
import dev.plumb.types.TypeText;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a manifest default ({@code = 1}, {@code = "/vm"}, {@code = []}, {@code = bios}, {@code =
 * {tap: "tap0", …}}) into a {@link Value}, by the same rules as given values.
 */
public final class Constants {
  private final List<Diagnostic> errors;

  private Constants(List<Diagnostic> errors) {
    this.errors = errors;
  }

  /**
   * The value of {@code constant} as a {@code type}; null after adding a P215 to {@code errors}.
   */
  public static Value convert(Expr constant, Type type, List<Diagnostic> errors) {
    if (TypeText.isSecret(type)) {
      errors.add(
          Diagnostic.error(
                  Code.P215,
                  constant.span(),
                  "a secret cannot have a default: it is supplied when the script runs")
              .withHint(
                  "remove the default"
                      + (type instanceof Type.OptionalOf ? "" : ", or declare it 'secret?'")));
      return null;
    }
    return new Constants(errors).value(constant, type);
  }

  private Value value(Expr e, Type type) {
    if (type instanceof Type.OptionalOf o) {
      return value(e, o.inner());
    }
    if (type instanceof Type.Scalar s) {
      return scalar(e, s);
    }
    if (type instanceof Type.EnumOf en) {
      if (e instanceof Expr.Name n && en.words().contains(n.name())) {
        return new Value.Word(n.name());
      }
      String hint = e instanceof Expr.Name n ? Suggest.hint(n.name(), en.words()) : null;
      return fail(
          e, "default " + show(e) + " is not one of " + String.join(", ", en.words()), hint);
    }
    if (type instanceof Type.ListOf l && e instanceof Expr.ListLit list) {
      List<Value> elements = new ArrayList<>();
      boolean ok = true;
      for (Expr element : list.elements()) {
        Value value = value(element, l.element());
        ok &= value != null;
        elements.add(value);
      }
      return ok ? new Value.ListOf(elements) : null;
    }
    if (type instanceof Type.RecordOf r && e instanceof Expr.RecordLit record) {
      return record(record, r);
    }
    return notValid(e, type);
  }

  private Value scalar(Expr e, Type.Scalar type) {
    switch (type.kind()) {
      case INT:
        Long number = integer(e);
        return number == null
            ? notValid(e, type)
            : inRange(e, number, type) ? new Value.Int(number) : null;
      case SIZE:
        if (!(e instanceof Expr.SizeLit size)) {
          return notValid(e, type);
        }
        return inRange(e, size.bytes(), type) ? new Value.Size(size.bytes()) : null;
      case BOOL:
        return e instanceof Expr.BoolLit b ? new Value.Bool(b.value()) : notValid(e, type);
      case SECRET:
        return fail(e, "a secret cannot have a default: it is supplied when the script runs", null);
      default:
        if (e instanceof Expr.Text t && Scalars.valid(type.kind(), t.value())) {
          return new Value.Text(Scalars.normalize(type.kind(), t.value()));
        }
        return notValid(e, type);
    }
  }

  /** An int literal, or a negated one ({@code -3}, should the parser leave the sign apart). */
  private static Long integer(Expr e) {
    if (e instanceof Expr.IntLit i) {
      return i.value();
    }
    if (e instanceof Expr.Unary u
        && u.op() == Expr.UnaryOp.NEGATE
        && u.operand() instanceof Expr.IntLit i) {
      return -i.value();
    }
    return null;
  }

  private boolean inRange(Expr e, long value, Type.Scalar type) {
    boolean size = type.kind() == Type.Kind.SIZE;
    String problem = null;
    if (type.min() != null && value < type.min()) {
      problem = " is below the minimum " + TypeText.bound(type.min(), size);
    } else if (type.max() != null && value > type.max()) {
      problem = " is above the maximum " + TypeText.bound(type.max(), size);
    }
    if (problem != null) {
      fail(e, "default " + TypeText.bound(value, size) + problem, null);
    }
    return problem == null;
  }

  private Value record(Expr.RecordLit literal, Type.RecordOf type) {
    Map<String, Value> given = new LinkedHashMap<>();
    boolean ok = true;
    for (Expr.FieldInit init : literal.fields()) {
      Type field = type.fields().get(init.name());
      if (field == null) {
        fail(
            init.span() == null ? literal.span() : init.span(),
            "unknown field '" + init.name() + "' of " + type.name(),
            Suggest.hint(init.name(), type.fields().keySet()));
        ok = false;
      } else if (given.containsKey(init.name())) {
        fail(init.span(), "the field '" + init.name() + "' is given twice", null);
        ok = false;
      } else {
        Value value = value(init.value(), field);
        ok &= value != null;
        given.put(init.name(), value);
      }
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Type> field : type.fields().entrySet()) {
      if (given.containsKey(field.getKey())) {
        fields.put(field.getKey(), given.get(field.getKey()));
      } else if (field.getValue() instanceof Type.OptionalOf) {
        fields.put(field.getKey(), Value.ABSENT);
      } else {
        fail(
            literal,
            "default is missing the field '" + field.getKey() + "' of " + type.name(),
            "declared as '" + field.getKey() + " : " + TypeText.declared(field.getValue()) + "'");
        ok = false;
      }
    }
    return ok ? new Value.RecordOf(fields) : null;
  }

  private Value notValid(Expr e, Type type) {
    if (!isLiteral(e)) {
      return fail(
          e,
          "a default must be a literal, not an expression",
          "to compute a value from others, declare 'let NAME = …' in pack.plumb and use NAME");
    }
    return fail(
        e,
        "default " + show(e) + " is not a valid " + type.display() + ": expected " + rule(type),
        null);
  }

  private static String rule(Type type) {
    if (type instanceof Type.Scalar s) {
      return Scalars.rule(s.kind());
    }
    if (type instanceof Type.ListOf l) {
      return "a list like [a, b] of " + l.element().display();
    }
    if (type instanceof Type.RecordOf r) {
      return "a record like {" + String.join(": …, ", r.fields().keySet()) + ": …}";
    }
    return "a " + type.display();
  }

  private static boolean isLiteral(Expr e) {
    return e instanceof Expr.Text
        || e instanceof Expr.IntLit
        || e instanceof Expr.SizeLit
        || e instanceof Expr.BoolLit
        || e instanceof Expr.Name
        || e instanceof Expr.ListLit
        || e instanceof Expr.RecordLit
        || integer(e) != null;
  }

  /** The literal as written, near enough for a message. */
  private static String show(Expr e) {
    if (e instanceof Expr.Text t) {
      return Shown.quote(t.value());
    }
    if (e instanceof Expr.SizeLit s) {
      return Sizes.format(s.bytes());
    }
    if (e instanceof Expr.BoolLit b) {
      return Boolean.toString(b.value());
    }
    if (e instanceof Expr.Name n) {
      return n.name();
    }
    if (e instanceof Expr.ListLit l) {
      return l.elements().isEmpty() ? "[]" : "[…]";
    }
    if (e instanceof Expr.RecordLit) {
      return "{…}";
    }
    Long number = integer(e);
    return number != null ? Long.toString(number) : "this expression";
  }

  private Value fail(Expr e, String message, String hint) {
    return fail(e.span(), message, hint);
  }

  private Value fail(dev.plumb.source.Span span, String message, String hint) {
    errors.add(Diagnostic.error(Code.P215, span, message).withHint(hint));
    return null;
  }
}
