package dev.plumb.properties;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random values for the property pack, hostile where the type allows it. */
final class ValuesGen {
  private ValuesGen() {}

  static Arbitrary<Map<String, Object>> values() {
    Arbitrary<Object> size = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1L << 42).map(Object.class::cast),
        Arbitraries.of("512M", "2G", "1536M", "1000B", "3T").map(Object.class::cast));
    Arbitrary<Object> optional = Arbitraries.oneOf(Hostile.paths().map(Object.class::cast),
        Arbitraries.just(null));
    return Combinators.combine(
            Hostile.strings(), Hostile.paths(), Arbitraries.integers().between(0, 100), size,
            Arbitraries.of(true, false), Arbitraries.of("red", "green", "blue"),
            Hostile.paths().list().ofMaxSize(3), Hostile.strings().list().ofMaxSize(3))
        .as((s, p, n, z, b, e, ps, ss) -> {
          Map<String, Object> values = new HashMap<>();
          values.put("s", s);
          values.put("p", p);
          values.put("n", n);
          values.put("z", z);
          values.put("b", b);
          values.put("e", e);
          values.put("ps", ps);
          values.put("ss", ss);
          return values;
        })
        .flatMap(values -> optional.map(o -> {
          Map<String, Object> copy = new HashMap<>(values);
          copy.put("o", o);
          return copy;
        }));
  }
}
