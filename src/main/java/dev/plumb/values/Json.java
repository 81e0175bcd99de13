package dev.plumb.values;

import dev.plumb.diag.Shown;
import dev.plumb.source.Span;
import java.util.List;

/**
 * A JSON value as the user wrote it, every value and key with its location, so that values errors
 * can point into the file.
 */
public sealed interface Json {
  /** Where the value starts: the whole token for a scalar, the opening bracket for a container. */
  Span span();

  record Member(String key, Span keySpan, Json value) {}

  record Obj(List<Member> members, Span span) implements Json {
    public Obj {
      members = List.copyOf(members);
    }
  }

  record Arr(List<Json> elements, Span span) implements Json {
    public Arr {
      elements = List.copyOf(elements);
    }
  }

  record Str(String value, Span span) implements Json {}

  /** A number as written; {@code integral} when it has neither fraction nor exponent. */
  record Num(String text, boolean integral, Span span) implements Json {}

  record Bool(boolean value, Span span) implements Json {}

  record Null(Span span) implements Json {}

  /** The value for a message's "got …": strings quoted and cut short, containers by kind. */
  static String describe(Json json) {
    if (json instanceof Str s) {
      return Shown.quote(s.value());
    }
    if (json instanceof Num n) {
      return n.text();
    }
    if (json instanceof Bool b) {
      return Boolean.toString(b.value());
    }
    if (json instanceof Obj) {
      return "an object";
    }
    if (json instanceof Arr) {
      return "an array";
    }
    return "null";
  }
}
