package dev.plumb.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cell of the pack's matrix: a value for each axis, in the axes' order, such as {@code
 * host=freebsd hypervisor=bhyve}. Two points with the same values are equal whatever their order.
 * Immutable.
 */
public final class Point {
  /** The point of a pack without axes, and where every point starts. */
  public static final Point NONE = new Point(Map.of());

  private final Map<String, String> values;

  /** A point with a copy of these values, in their order. */
  public Point(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private Point(LinkedHashMap<String, String> owned, boolean unused) {
    this.values = Collections.unmodifiableMap(owned);
  }

  /**
   * The point giving {@code values.get(i)} to {@code axes.get(i)}, built in one pass: the
   * nearest-cell search builds up to 100,000 of them.
   */
  public static Point of(List<String> axes, List<String> values) {
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < axes.size(); i++) {
      map.put(axes.get(i), values.get(i));
    }
    return new Point(map, true);
  }

  /** Axis to value, in the axes' order. */
  public Map<String, String> values() {
    return values;
  }

  /** The value of an axis, or null when the point does not name it. */
  public String value(String axis) {
    return values.get(axis);
  }

  /** This point with the axis set to the value (added last when it was not named). */
  public Point with(String axis, String value) {
    LinkedHashMap<String, String> next = new LinkedHashMap<>(values);
    next.put(axis, value);
    return new Point(next, true);
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
  public boolean equals(Object o) {
    return o instanceof Point p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return show();
  }
}
