package dev.plumb.check;

import dev.plumb.ast.TypeRef;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns types as written into types, resolving record names and checking ranges. */
final class TypeResolver {
  private static final Map<String, Type.Kind> SCALARS =
      Map.of(
          "string",
          Type.Kind.STRING,
          "name",
          Type.Kind.NAME,
          "int",
          Type.Kind.INT,
          "size",
          Type.Kind.SIZE,
          "bool",
          Type.Kind.BOOL,
          "path",
          Type.Kind.PATH,
          "secret",
          Type.Kind.SECRET,
          "mac",
          Type.Kind.MAC,
          "ipv4",
          Type.Kind.IPV4);

  private final Map<String, Type.RecordOf> records;
  private final List<Diagnostic> errors;

  TypeResolver(Map<String, Type.RecordOf> records, List<Diagnostic> errors) {
    this.records = records;
    this.errors = errors;
  }

  Type resolve(TypeRef ref) {
    if (ref instanceof TypeRef.Optional o) {
      Type inner = resolve(o.inner());
      if (inner instanceof Type.OptionalOf) {
        errors.add(Diagnostic.error(Code.P214, o.span(), "a type can be optional only once"));
      }
      return new Type.OptionalOf(inner);
    }
    if (ref instanceof TypeRef.ListOf l) {
      return new Type.ListOf(resolve(l.element()));
    }
    if (ref instanceof TypeRef.Enum e) {
      Set<String> seen = new HashSet<>();
      for (String word : e.words()) {
        if (!seen.add(word)) {
          errors.add(
              Diagnostic.error(Code.P212, e.span(), "'" + word + "' is listed twice in the enum"));
        }
      }
      return new Type.EnumOf(
          null, new ArrayList<>(seen.size() == e.words().size() ? e.words() : List.copyOf(seen)));
    }
    TypeRef.Named named = (TypeRef.Named) ref;
    Type.Kind kind = SCALARS.get(named.name());
    if (kind == null) {
      Type.RecordOf record = records.get(named.name());
      if (record != null && named.min() == null) {
        return record;
      }
      if (record == null) {
        List<String> known = new ArrayList<>(SCALARS.keySet());
        known.addAll(records.keySet());
        known.add("list");
        errors.add(
            Diagnostic.error(Code.P214, named.span(), "unknown type '" + named.name() + "'")
                .withHint(
                    named.name().endsWith("<…>")
                        ? "the only generic type is list<T>"
                        : Suggest.hint(named.name(), known)));
        return new Type.Invalid();
      }
    }
    if (named.min() == null) {
      return Type.Scalar.of(kind);
    }
    return ranged(named, kind);
  }

  private Type ranged(TypeRef.Named named, Type.Kind kind) {
    boolean sizes = kind == Type.Kind.SIZE;
    if (kind != Type.Kind.INT && !sizes) {
      errors.add(Diagnostic.error(Code.P216, named.span(), "only int and size types take a range"));
      return Type.Scalar.of(kind == null ? Type.Kind.STRING : kind);
    }
    TypeRef.Bound min = named.min();
    TypeRef.Bound max = named.max();
    for (TypeRef.Bound b : List.of(min, max)) {
      if (b.size() != sizes) {
        errors.add(
            Diagnostic.error(
                Code.P216,
                b.span(),
                sizes
                    ? "a size range takes sizes like 64M, not plain numbers"
                    : "an int range takes plain numbers, not sizes"));
        return Type.Scalar.of(kind);
      }
    }
    if (min.value() > max.value()) {
      errors.add(
          Diagnostic.error(
              Code.P216, named.span(), "the range is empty: its minimum is above its maximum"));
    }
    return new Type.Scalar(kind, min.value(), max.value());
  }
}
