package dev.plumb.values;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.types.Scalars;
import dev.plumb.types.Type;
import java.util.List;

/**
 * Reads the TEXT of a {@code --set NAME=TEXT} the way its declared type wants (docs/language.md
 * §5): text types raw, ints, sizes, bools and enum words as literals, lists and records as JSON,
 * {@code null} as absent. The result is a {@link Json} value located in the assignment, so it is
 * then checked exactly like a value of the file.
 */
final class SetText {
  private SetText() {}

  /** The value as JSON, or null after reporting JSON that does not parse. */
  static Json toJson(Assignment set, Type type, List<Diagnostic> errors) {
    SourceFile source = set.source();
    int start = set.valueOffset();
    Span span = new Positions(source).span(start, source.text().length());
    String text = set.text();
    if (type instanceof Type.OptionalOf o) {
      if (text.equals("null")) {
        return new Json.Null(span);
      }
      type = o.inner();
    }
    if (type instanceof Type.ListOf || type instanceof Type.RecordOf) {
      return json(set, source, span, errors);
    }
    if (type instanceof Type.Scalar s) {
      switch (s.kind()) {
        case INT:
          return Scalars.INT.matcher(text).matches()
              ? new Json.Num(text, true, span)
              : new Json.Str(text, span);
        case BOOL:
        case SECRET:
          if (text.equals("true") || text.equals("false")) {
            return new Json.Bool(text.equals("true"), span);
          }
          return s.kind() == Type.Kind.SECRET && text.equals("null")
              ? new Json.Null(span)
              : new Json.Str(text, span);
        default:
          break;
      }
    }
    return new Json.Str(text, span);
  }

  private static Json json(Assignment set, SourceFile source, Span span, List<Diagnostic> errors) {
    String text = set.text().strip();
    if (!text.startsWith("[") && !text.startsWith("{")) {
      // Not even trying to be JSON (--set vm.disks=/a): say what was expected, not how JSON failed.
      return new Json.Str(set.text(), span);
    }
    try {
      Json json = JsonReader.readValue(source, set.valueOffset());
      return json != null ? json : new Json.Str(set.text(), span);
    } catch (JsonReader.Malformed e) {
      errors.add(
          Diagnostic.error(Code.P503, e.span, Decoder.pointer(set.name()) + ": " + e.getMessage())
              .withHint(
                  "lists and records are given in JSON, like --set 'vm.disks=[\"/vm/a.img\"]'"));
      return null;
    }
  }
}
