package dev.plumb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A point of the pack's axes: a value for each axis, such as host=freebsd, hypervisor=bhyve. */
public final class Cell {
  private final Map<String, String> values;

  private Cell(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** {@code Cell.of("host", "freebsd", "hypervisor", "bhyve")}. */
  public static Cell of(String... axisValuePairs) {
    if (axisValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("Cell.of takes axis and value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < axisValuePairs.length; i += 2) {
      map.put(axisValuePairs[i], axisValuePairs[i + 1]);
    }
    return new Cell(map);
  }

  public static Cell of(Map<String, String> values) {
    return new Cell(values);
  }

  /** Axis name to value, in the order given. */
  public Map<String, String> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell c && c.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** {@code host=freebsd hypervisor=bhyve}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (axis, value) ->
            out.append(out.length() == 0 ? "" : " ").append(axis).append('=').append(value));
    return out.toString();
  }
}
