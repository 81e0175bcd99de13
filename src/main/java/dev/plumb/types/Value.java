package dev.plumb.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A compile-time value. Text covers string, name, path, mac and ipv4 (the declared type said which,
 * and checked the text); a secret is never known at compile time and stands for the environment
 * variable that will hold it.
 */
public sealed interface Value {

  record Text(String value) implements Value {}

  record Int(long value) implements Value {}

  /** A size in bytes. */
  record Size(long bytes) implements Value {}

  record Bool(boolean value) implements Value {}

  /** A word of an enum (or of an axis). */
  record Word(String word) implements Value {}

  record ListOf(List<Value> elements) implements Value {
    public ListOf {
      elements = List.copyOf(elements);
    }
  }

  /** A record's fields, in declared order. */
  record RecordOf(Map<String, Value> fields) implements Value {
    public RecordOf {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /** A secret, supplied when the script runs in the named environment variable. */
  record Secret(String variable) implements Value {}

  /** The value of a {@code T?} that was not given. */
  record Absent() implements Value {}

  Absent ABSENT = new Absent();

  /**
   * A scalar's text, with sizes written by {@code size} (the script and {@code str()} write them
   * differently).
   */
  static String text(Value v, LongFunction<String> size) {
    if (v instanceof Text t) {
      return t.value();
    }
    if (v instanceof Int i) {
      return Long.toString(i.value());
    }
    if (v instanceof Size s) {
      return size.apply(s.bytes());
    }
    if (v instanceof Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof Word w) {
      return w.word();
    }
    throw new IllegalArgumentException("cannot write " + v);
  }
}
