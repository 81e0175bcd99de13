package dev.plumb.values;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.TypeText;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a {@code --set} reaches inside a variable (docs/language.md §5): the NAME of {@code --set
 * vm.nics[1].mac=…} is a variable ({@code vm.nics}), then steps, each an index {@code [N]} into a
 * list or a field {@code .name} of a record. The value set is read by the type found at the end of
 * the steps, and spliced into the value given so far (by the files or an earlier {@code --set}), or
 * into the declared default.
 */
final class SetPath {
  /** One step: an index (field null) or a field; {@code start} and {@code end} in the NAME. */
  record Step(String field, int index, int start, int end) {
    boolean isIndex() {
      return field == null;
    }

    String shown() {
      return isIndex() ? "[" + index + "]" : "." + field;
    }
  }

  private SetPath() {}

  /**
   * The NAME as steps: its dotted words are fields (the first without its dot), its {@code [N]}
   * indexes. Which leading words name the variable is for the caller to find.
   *
   * @throws Malformed with the offset and reason for a NAME that cannot be read
   */
  static List<Step> parse(String name) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c == '[') {
        int close = name.indexOf(']', i);
        String digits = close < 0 ? "" : name.substring(i + 1, close);
        if (close < 0 || !digits.matches("0|[1-9][0-9]{0,8}")) {
          throw new Malformed(i, "expected [N], an index from 0");
        }
        steps.add(new Step(null, Integer.parseInt(digits), i, close + 1));
        i = close + 1;
        continue;
      }
      if (c == ']' || (c != '.' && i > 0)) {
        throw new Malformed(i, "expected '.' or '[' after ']'");
      }
      int start = c == '.' ? i + 1 : i;
      int end = start;
      while (end < name.length() && ".[]".indexOf(name.charAt(end)) < 0) {
        end++;
      }
      if (end == start) {
        throw new Malformed(start, "expected a name");
      }
      steps.add(new Step(name.substring(start, end), 0, start, end));
      i = end;
    }
    return steps;
  }

  /** A NAME that cannot be read, at an offset of it. */
  static final class Malformed extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int offset;

    Malformed(int offset, String message) {
      super(message);
      this.offset = offset;
    }
  }

  /**
   * The type the steps reach from {@code type}, or null after reporting (at {@code at} of each
   * step) the step that does not fit it.
   */
  static Type reach(
      Type type,
      String variable,
      List<Step> steps,
      SpanOf at,
      String pointer,
      List<Diagnostic> errors) {
    String reached = pointer;
    for (Step step : steps) {
      Type inner = type instanceof Type.OptionalOf o ? o.inner() : type;
      if (step.isIndex() && inner instanceof Type.ListOf list) {
        type = list.element();
      } else if (!step.isIndex() && inner instanceof Type.RecordOf record) {
        type = record.fields().get(step.field());
        if (type == null) {
          errors.add(
              Diagnostic.error(
                      Code.P501,
                      at.span(step),
                      Decoder.child(reached, step.field())
                          + ": unknown field '"
                          + step.field()
                          + "' of "
                          + record.name())
                  .withHint(Suggest.hint(step.field(), record.fields().keySet())));
          return null;
        }
      } else {
        errors.add(
            Diagnostic.error(
                    Code.P513,
                    at.span(step),
                    reached
                        + ": "
                        + step.shown()
                        + (step.isIndex() ? " indexes a list" : " names a field of a record")
                        + ", but "
                        + (reached.equals(pointer) ? "'" + variable + "'" : "the value there")
                        + " is of type "
                        + TypeText.declared(type))
                .withHint(
                    "--set reaches into lists with [N] and into records with .field: "
                        + "NAME[0] or NAME.field"));
        return null;
      }
      reached =
          step.isIndex() ? reached + "/" + step.index() : Decoder.child(reached, step.field());
    }
    return type;
  }

  /** Where each step of a NAME is, for its diagnostics. */
  interface SpanOf {
    Span span(Step step);
  }

  /**
   * {@code base} with the value at the end of {@code steps} replaced by {@code value}; null after
   * reporting that {@code base} has no element or record there.
   */
  static Json splice(
      Json base,
      List<Step> steps,
      int from,
      Json value,
      SpanOf at,
      String pointer,
      List<Diagnostic> errors) {
    if (from == steps.size()) {
      return value;
    }
    Step step = steps.get(from);
    if (step.isIndex()) {
      if (!(base instanceof Json.Arr arr)) {
        return nothingThere(base, step, at, pointer, "list", errors);
      }
      if (step.index() >= arr.elements().size()) {
        int size = arr.elements().size();
        errors.add(
            Diagnostic.error(
                    Code.P513,
                    at.span(step),
                    pointer
                        + ": index "
                        + step.index()
                        + " is past the end of the list ("
                        + size
                        + (size == 1 ? " element)" : " elements)"))
                .withHint(
                    "--set replaces an element the list has; give the whole list to add one"));
        return null;
      }
      Json inner =
          splice(
              arr.elements().get(step.index()),
              steps,
              from + 1,
              value,
              at,
              pointer + "/" + step.index(),
              errors);
      if (inner == null) {
        return null;
      }
      List<Json> elements = new ArrayList<>(arr.elements());
      elements.set(step.index(), inner);
      return new Json.Arr(elements, arr.span());
    }
    if (!(base instanceof Json.Obj obj)) {
      return nothingThere(base, step, at, pointer, "record", errors);
    }
    List<Json.Member> members = new ArrayList<>(obj.members());
    int found = -1;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).key().equals(step.field())) {
        found = i;
      }
    }
    Json inner =
        splice(
            found < 0 ? null : members.get(found).value(),
            steps,
            from + 1,
            value,
            at,
            Decoder.child(pointer, step.field()),
            errors);
    if (inner == null) {
      return null;
    }
    Json.Member member = new Json.Member(step.field(), at.span(step), inner);
    if (found < 0) {
      members.add(member);
    } else {
      members.set(found, member);
    }
    return new Json.Obj(members, obj.span());
  }

  private static Json nothingThere(
      Json base, Step step, SpanOf at, String pointer, String kind, List<Diagnostic> errors) {
    errors.add(
        Diagnostic.error(
                Code.P513,
                at.span(step),
                pointer
                    + ": no "
                    + kind
                    + " to set "
                    + step.shown()
                    + " in: "
                    + (base == null || base instanceof Json.Null
                        ? "no value is given"
                        : "the value is " + Json.describe(base)))
            .withHint(
                "give the whole "
                    + kind
                    + " first, in a values file or with a --set of it, then its parts"));
    return null;
  }

  /** A declared default as JSON, placed at the declaration, to splice a {@code --set} into. */
  static Json json(Value value, Span at) {
    if (value instanceof Value.Text t) {
      return new Json.Str(t.value(), at);
    }
    if (value instanceof Value.Word w) {
      return new Json.Str(w.word(), at);
    }
    if (value instanceof Value.Int i) {
      return new Json.Num(Long.toString(i.value()), true, at);
    }
    if (value instanceof Value.Size s) {
      return new Json.Num(Long.toString(s.bytes()), true, at);
    }
    if (value instanceof Value.Bool b) {
      return new Json.Bool(b.value(), at);
    }
    if (value instanceof Value.ListOf l) {
      return new Json.Arr(l.elements().stream().map(e -> json(e, at)).toList(), at);
    }
    if (value instanceof Value.RecordOf r) {
      List<Json.Member> members = new ArrayList<>();
      for (Map.Entry<String, Value> field : r.fields().entrySet()) {
        if (!(field.getValue() instanceof Value.Absent)) {
          members.add(new Json.Member(field.getKey(), at, json(field.getValue(), at)));
        }
      }
      return new Json.Obj(members, at);
    }
    return new Json.Null(at);
  }
}
