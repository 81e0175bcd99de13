package dev.plumb.values;

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
      return quote(s.value());
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

  /** A JSON string literal for messages, escaping what a terminal would hide; long text is cut. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Cut only between code points, so a surrogate pair is never split.
      if (shown++ >= 40 && !Character.isLowSurrogate(c)) {
        out.append('…');
        break;
      }
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7f || isLoneSurrogate(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
