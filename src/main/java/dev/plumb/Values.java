package dev.plumb;

import dev.plumb.values.Value;
import java.util.Map;

/** TEMPORARY stand-in until the values branch lands. */
public final class Values {
  private final Map<String, Value> raw;

  private Values(Map<String, Value> raw) {
    this.raw = raw;
  }

  public static Values none() {
    return new Values(Map.of());
  }

  public static Values ofValues(Map<String, Value> raw) {
    return new Values(raw);
  }

  public static Values fromJson(java.nio.file.Path file) {
    return none();
  }

  public Values set(String name, String text) {
    Map<String, Value> copy = new java.util.HashMap<>(raw);
    copy.put(name, new Value.Text(text));
    return new Values(copy);
  }

  public Map<String, Value> raw() {
    return raw;
  }
}
