package dev.plumb;

import dev.plumb.source.Point;
import java.util.LinkedHashMap;
import java.util.Map;

/** A point of the pack's axes: a value for each axis, such as host=freebsd, hypervisor=bhyve. */
public final class Cell {
  private final Point point;

  private Cell(Point point) {
    this.point = point;
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
    return new Cell(new Point(map));
  }

  public static Cell of(Map<String, String> values) {
    return new Cell(new Point(values));
  }

  static Cell of(Point point) {
    return new Cell(point);
  }

  /** Axis name to value, in the order given. */
  public Map<String, String> values() {
    return point.values();
  }

  Point point() {
    return point;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell c && c.point.equals(point);
  }

  @Override
  public int hashCode() {
    return point.hashCode();
  }

  /** {@code host=freebsd hypervisor=bhyve}. */
  @Override
  public String toString() {
    return point.show();
  }
}
