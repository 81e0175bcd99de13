package dev.plumb.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cell of the pack's matrix: a value for each axis, in the axes' order, such as {@code
 * host=freebsd hypervisor=bhyve}. Two points with the same values are equal whatever their order.
 */
public record Point(Map<String, String> values) {
  /** The point of a pack without axes, and where every point starts. */
  public static final Point NONE = new Point(Map.of());

  public Point {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of an axis, or null when the point does not name it. */
  public String value(String axis) {
    return values.get(axis);
  }

  /** This point with the axis set to the value (added last when it was not named). */
  public Point with(String axis, String value) {
    Map<String, String> next = new LinkedHashMap<>(values);
    next.put(axis, value);
    return new Point(next);
  }

  /** {@code host=freebsd hypervisor=bhyve}: how every message and report shows a cell. */
  public String show() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (axis, value) ->
            out.append(out.length() == 0 ? "" : " ").append(axis).append('=').append(value));
    return out.toString();
  }

  @Override
  public String toString() {
    return show();
  }
}
