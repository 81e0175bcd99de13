package dev.plumb.values;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.types.Scalars;
import dev.plumb.types.Type;
import dev.plumb.types.TypeText;
import dev.plumb.types.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one JSON value (from the values file, or made from a --set) against its declared type and
 * builds the {@link Value}, reporting every problem with its JSON pointer.
 */
final class Decoder {
  private final List<Diagnostic> errors;

  Decoder(List<Diagnostic> errors) {
    this.errors = errors;
  }

  /** The value, or null after reporting why there is none. */
  Value decode(Json json, Type type, String pointer) {
    // an optional is unwrapped here, not by a call of its own: nested record types cost two frames
    // a level, not three, and the deepest values a parser accepts decode on a 1 MiB stack
    while (type instanceof Type.OptionalOf o) {
      if (json instanceof Json.Null) {
        return Value.ABSENT;
      }
      type = o.inner();
    }
    if (type instanceof Type.Scalar s) {
      return scalar(json, s, pointer);
    }
    if (type instanceof Type.EnumOf e) {
      return word(json, e, pointer);
    }
    if (type instanceof Type.ListOf l) {
      return list(json, l, pointer);
    }
    if (type instanceof Type.RecordOf r) {
      return record(json, r, pointer);
    }
    throw new IllegalArgumentException("no value can have the type " + type.display());
  }

  private Value scalar(Json json, Type.Scalar type, String pointer) {
    switch (type.kind()) {
      case INT:
        return integer(json, type, pointer);
      case SIZE:
        return size(json, type, pointer);
      case BOOL:
        if (json instanceof Json.Bool b) {
          return new Value.Bool(b.value());
        }
        return mismatch(json, pointer, "true or false", null);
      case SECRET:
        // Only a variable's own secret has an environment variable to come from.
        errors.add(
            Diagnostic.error(
                Code.P503,
                json.span(),
                pointer + ": a secret cannot be given inside a list or record"));
        return null;
      default:
        return text(json, type.kind(), pointer);
    }
  }

  private Value text(Json json, Type.Kind kind, String pointer) {
    if (!(json instanceof Json.Str s)) {
      return mismatch(json, pointer, Scalars.expected(kind), null);
    }
    if (!Scalars.valid(kind, s.value())) {
      String expected =
          kind == Type.Kind.STRING
              ? "a string without NUL characters or unpaired surrogates"
              : Scalars.expected(kind);
      return mismatch(
          json, pointer, expected, kind == Type.Kind.STRING ? null : Scalars.rule(kind));
    }
    return new Value.Text(Scalars.normalize(kind, s.value()));
  }

  private Value integer(Json json, Type.Scalar type, String pointer) {
    if (!(json instanceof Json.Num n) || !n.integral()) {
      return mismatch(json, pointer, "an integer", null);
    }
    Long value = fits(n, pointer);
    return value == null || !inRange(value, type, json, pointer) ? null : new Value.Int(value);
  }

  private Value size(Json json, Type.Scalar type, String pointer) {
    Long bytes;
    if (json instanceof Json.Str s) {
      try {
        bytes = Scalars.size(s.value());
      } catch (ArithmeticException e) {
        return tooLarge(json, pointer, "size " + s.value());
      }
      if (bytes == null) {
        return mismatch(
            json, pointer, Scalars.expected(Type.Kind.SIZE), Scalars.rule(Type.Kind.SIZE));
      }
    } else if (json instanceof Json.Num n && n.integral() && !n.text().startsWith("-")) {
      bytes = fits(n, pointer);
      if (bytes == null) {
        return null;
      }
    } else {
      return mismatch(
          json,
          pointer,
          Scalars.expected(Type.Kind.SIZE),
          "a size is a string like \"2G\" or a number of bytes");
    }
    return inRange(bytes, type, json, pointer) ? new Value.Size(bytes) : null;
  }

  private Long fits(Json.Num n, String pointer) {
    try {
      return Long.parseLong(n.text());
    } catch (NumberFormatException e) {
      tooLarge(n, pointer, new BigInteger(n.text()).toString());
      return null;
    }
  }

  private Value tooLarge(Json json, String pointer, String what) {
    errors.add(
        Diagnostic.error(
            Code.P504, json.span(), pointer + ": " + what + " does not fit in 64 bits"));
    return null;
  }

  private boolean inRange(long value, Type.Scalar type, Json json, String pointer) {
    boolean size = type.kind() == Type.Kind.SIZE;
    String problem = null;
    if (type.min() != null && value < type.min()) {
      problem =
          TypeText.bound(value, size) + " is below the minimum " + TypeText.bound(type.min(), size);
    } else if (type.max() != null && value > type.max()) {
      problem =
          TypeText.bound(value, size) + " is above the maximum " + TypeText.bound(type.max(), size);
    }
    if (problem != null) {
      errors.add(Diagnostic.error(Code.P504, json.span(), pointer + ": " + problem));
    }
    return problem == null;
  }

  private Value word(Json json, Type.EnumOf type, String pointer) {
    if (json instanceof Json.Str s && type.words().contains(s.value())) {
      return new Value.Word(s.value());
    }
    String hint = json instanceof Json.Str s ? Suggest.hint(s.value(), type.words()) : null;
    return mismatch(json, pointer, "one of " + String.join(", ", type.words()), hint);
  }

  private Value list(Json json, Type.ListOf type, String pointer) {
    if (!(json instanceof Json.Arr arr)) {
      return mismatch(json, pointer, "an array (" + type.display() + ")", null);
    }
    List<Value> elements = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < arr.elements().size(); i++) {
      Value element = decode(arr.elements().get(i), type.element(), pointer + "/" + i);
      ok &= element != null;
      elements.add(element);
    }
    return ok ? new Value.ListOf(elements) : null;
  }

  private Value record(Json json, Type.RecordOf type, String pointer) {
    if (!(json instanceof Json.Obj obj)) {
      return mismatch(
          json,
          pointer,
          "an object (" + type.name() + ")",
          "a " + type.name() + " has the fields " + String.join(", ", type.fields().keySet()));
    }
    Map<String, Value> given = new LinkedHashMap<>();
    boolean ok = true;
    for (Json.Member member : obj.members()) {
      Type field = type.fields().get(member.key());
      String at = child(pointer, member.key());
      if (field == null) {
        errors.add(
            Diagnostic.error(
                    Code.P501,
                    member.keySpan(),
                    at + ": unknown field '" + member.key() + "' of " + type.name())
                .withHint(Suggest.hint(member.key(), type.fields().keySet())));
        ok = false;
        continue;
      }
      Value value = decode(member.value(), field, at);
      ok &= value != null;
      given.put(member.key(), value);
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Type> field : type.fields().entrySet()) {
      String name = field.getKey();
      if (given.containsKey(name)) {
        fields.put(name, given.get(name));
      } else if (field.getValue() instanceof Type.OptionalOf) {
        fields.put(name, Value.ABSENT);
      } else {
        errors.add(
            Diagnostic.error(
                    Code.P502,
                    obj.span(),
                    child(pointer, name) + ": missing field '" + name + "' of " + type.name())
                .withHint(
                    "declared as '" + name + " : " + TypeText.declared(field.getValue()) + "'"));
        ok = false;
      }
    }
    return ok ? new Value.RecordOf(fields) : null;
  }

  private Value mismatch(Json json, String pointer, String expected, String hint) {
    errors.add(
        Diagnostic.error(
                Code.P503,
                json.span(),
                pointer + ": expected " + expected + ", got " + Json.describe(json))
            .withHint(hint));
    return null;
  }

  /** The JSON pointer of a key under {@code pointer}, escaped as RFC 6901 says. */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The JSON pointer of a dotted variable name: {@code vm.name} is {@code /vm/name}. */
  static String pointer(String dotted) {
    String pointer = "";
    for (String segment : dotted.split("\\.", -1)) {
      pointer = child(pointer, segment);
    }
    return pointer;
  }
}
