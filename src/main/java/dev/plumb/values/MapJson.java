package dev.plumb.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import dev.plumb.diag.format.JsonLayout;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes values given as Java maps and lists as pretty JSON text, so that they are bound, and their
 * errors shown, exactly like a values file.
 */
public final class MapJson {

  /** As deep as a values file may nest (Jackson's limit when writing and reading one). */
  static final int MAX_DEPTH = 1000;

  private MapJson() {}

  /**
   * The JSON text of {@code values}, dotted top-level keys nested.
   *
   * @throws Failure (P505) when two keys give the same value, or lists and maps nest deeper than a
   *     values file may (a list that contains itself, too)
   * @throws IllegalArgumentException for an object that JSON cannot hold
   */
  public static String toJson(Map<String, ?> values) {
    Map<String, Object> nested = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ordered(values).entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            "the keys of a values map must be strings, not " + entry.getKey());
      }
      // the depth as JSON nests it: the top object, then one object per segment of a dotted key
      put(nested, key, plain(entry.getValue(), key, 1 + key.split("\\.", -1).length));
    }
    try {
      return JsonLayout.writer().writeValueAsString(nested) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "values cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void put(Map<String, Object> nested, String dotted, Object value) {
    String[] segments = dotted.split("\\.", -1);
    Map<String, Object> into = nested;
    for (int i = 0; i < segments.length - 1; i++) {
      Object existing = into.computeIfAbsent(segments[i], k -> new LinkedHashMap<String, Object>());
      if (!(existing instanceof Map)) {
        throw twice(dotted);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> next = (Map<String, Object>) existing;
      into = next;
    }
    String last = segments[segments.length - 1];
    if (into.containsKey(last)) {
      throw twice(dotted);
    }
    into.put(last, value);
  }

  private static Failure twice(String dotted) {
    Span at = Span.ofFile(new SourceFile("<values>", ""));
    return new Failure(
        List.of(
            Diagnostic.error(
                Code.P505, at, "the value '" + dotted + "' is given twice, dotted and nested")));
  }

  /**
   * A copy holding only what JSON can: maps with string keys, lists, strings, numbers, booleans.
   */
  private static Object plain(Object value, String where, int depth) {
    if (depth > MAX_DEPTH && (value instanceof Map || value instanceof Collection)) {
      // deeper would overflow the stack here, or fail to be written as JSON; a list that contains
      // itself ends here too
      String top = where.split("[.\\[]", 2)[0];
      throw new Failure(
          List.of(
              Diagnostic.error(
                  Code.P505,
                  Span.ofFile(new SourceFile("<values>", "")),
                  "values nested deeper than " + MAX_DEPTH + " levels, under '" + top + "'")));
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ordered(map).entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(
              "the keys of a values map must be strings, at " + where);
        }
        copy.put(key, plain(entry.getValue(), where + "." + key, depth + 1));
      }
      return copy;
    }
    // Collections only: a Path is Iterable too, but of its own names, endlessly.
    if (value instanceof Collection<?> items) {
      List<Object> copy = new ArrayList<>();
      for (Object item : items) {
        copy.add(plain(item, where + "[" + copy.size() + "]", depth + 1));
      }
      return copy;
    }
    throw new IllegalArgumentException(
        "a value must be a String, Number, Boolean, List, Map or null, not "
            + value.getClass().getName()
            + ", at "
            + where);
  }

  /**
   * Maps without an order of their own (Map.of, HashMap) are sorted, so errors come in a stable
   * order.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<?, ?> ordered(Map<?, ?> map) {
    if (map instanceof LinkedHashMap || map instanceof SortedMap) {
      return map;
    }
    boolean allStrings = map.keySet().stream().allMatch(k -> k instanceof String);
    return allStrings ? new TreeMap<>((Map) map) : map;
  }
}
