package dev.plumb.resolve;

import dev.plumb.check.Declarations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every cell of a pack's axes, in declaration order (the first axis varies slowest). */
public final class Cells {
  private Cells() {}

  public static List<Map<String, String>> all(List<Declarations.Axis> axes) {
    List<Map<String, String>> cells = new ArrayList<>();
    cells.add(new LinkedHashMap<>());
    for (Declarations.Axis axis : axes) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> cell : cells) {
        for (String value : axis.values()) {
          Map<String, String> extended = new LinkedHashMap<>(cell);
          extended.put(axis.name(), value);
          next.add(extended);
        }
      }
      cells = next;
    }
    return cells.stream().map(Map::copyOf).map(m -> ordered(m, axes)).toList();
  }

  private static Map<String, String> ordered(
      Map<String, String> cell, List<Declarations.Axis> axes) {
    Map<String, String> ordered = new LinkedHashMap<>();
    axes.forEach(a -> ordered.put(a.name(), cell.get(a.name())));
    return java.util.Collections.unmodifiableMap(ordered);
  }

  /** {@code host=freebsd hypervisor=bhyve}. */
  public static String show(Map<String, String> cell) {
    StringBuilder out = new StringBuilder();
    cell.forEach(
        (axis, value) ->
            out.append(out.length() == 0 ? "" : " ").append(axis).append('=').append(value));
    return out.toString();
  }
}
