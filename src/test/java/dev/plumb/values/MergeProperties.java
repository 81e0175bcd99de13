package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Several values files merge as docs/language.md §5 says: a later file wins key by key, objects are
 * merged however deep, lists and scalars are replaced whole; and every value keeps the file it was
 * written in. Checked against a plain-Java model of the rule, on files drawn from few keys so that
 * they overlap.
 */
class MergeProperties {

  @Provide
  Arbitrary<Map<String, Object>> files() {
    return objects(3);
  }

  private static Arbitrary<Map<String, Object>> objects(int depth) {
    Arbitrary<Object> value =
        depth == 0
            ? scalars()
            : Arbitraries.frequencyOf(
                Tuple.of(3, scalars()),
                Tuple.of(2, objects(depth - 1).map(m -> (Object) m)),
                Tuple.of(1, scalars().list().ofMaxSize(3).map(l -> (Object) l)));
    return Arbitraries.maps(Arbitraries.of("a", "b", "c"), value)
        .ofMaxSize(3)
        .map(LinkedHashMap::new);
  }

  private static Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 9).map(i -> (Object) i),
        Arbitraries.strings().alpha().ofMaxLength(3).map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b));
  }

  @Property
  void laterFilesWinKeyByKeyAndEachValueKeepsItsFile(
      @ForAll("files") Map<String, Object> first, @ForAll("files") Map<String, Object> second) {
    Json.Obj merged = Merge.of(read("first.json", first), read("second.json", second));
    Map<String, String> origins = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>();
    assertEquals(model(first, second, "", origins), plain(merged, "", seen));
    assertEquals(origins, seen);
  }

  @Test
  void recordsMergeListsAreReplaced() {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("vm", new LinkedHashMap<>(Map.of("name", "base", "disks", List.of("/a", "/b"))));
    Map<String, Object> later = new LinkedHashMap<>();
    later.put("vm", new LinkedHashMap<>(Map.of("disks", List.of("/c"))));
    Map<String, String> seen = new LinkedHashMap<>();
    assertEquals(
        Map.of("vm", Map.of("name", "base", "disks", List.of("/c"))),
        plain(Merge.of(read("base.json", base), read("later.json", later)), "", seen));
    assertEquals(Map.of("/vm/name", "base.json", "/vm/disks", "later.json"), seen);
  }

  private static Json.Obj read(String name, Map<String, Object> values) {
    return JsonReader.readObject(new SourceFile(name, MapJson.toJson(values)));
  }

  /** The rule, on plain maps: also notes which file each leaf (scalar or list) comes from. */
  private static Map<String, Object> model(
      Map<String, Object> first, Map<String, Object> second, String at, Map<String, String> from) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : first.entrySet()) {
      Object later = second.get(e.getKey());
      String pointer = at + "/" + e.getKey();
      if (!second.containsKey(e.getKey())) {
        merged.put(e.getKey(), origins(e.getValue(), pointer, "first.json", from));
      } else if (e.getValue() instanceof Map<?, ?> a && later instanceof Map<?, ?> b) {
        merged.put(e.getKey(), model(cast(a), cast(b), pointer, from));
      } else {
        merged.put(e.getKey(), origins(later, pointer, "second.json", from));
      }
    }
    for (Map.Entry<String, Object> e : second.entrySet()) {
      if (!first.containsKey(e.getKey())) {
        merged.put(e.getKey(), origins(e.getValue(), at + "/" + e.getKey(), "second.json", from));
      }
    }
    return merged;
  }

  private static Object origins(Object value, String at, String file, Map<String, String> from) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> origins(v, at + "/" + k, file, from));
    } else {
      from.put(at, file);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /** The JSON as plain Java, noting the file of each leaf. */
  private static Object plain(Json json, String at, Map<String, String> files) {
    if (json instanceof Json.Obj obj) {
      Map<String, Object> map = new LinkedHashMap<>();
      obj.members().forEach(m -> map.put(m.key(), plain(m.value(), at + "/" + m.key(), files)));
      return map;
    }
    files.put(at, json.span().path());
    if (json instanceof Json.Arr arr) {
      List<Object> list = new ArrayList<>();
      arr.elements().forEach(e -> list.add(plain(e, at, new LinkedHashMap<>())));
      return list;
    }
    if (json instanceof Json.Num n) {
      return Integer.parseInt(n.text());
    }
    if (json instanceof Json.Bool b) {
      return b.value();
    }
    return json instanceof Json.Str s ? s.value() : null;
  }
}
