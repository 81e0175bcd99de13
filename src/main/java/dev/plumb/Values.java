package dev.plumb;

import dev.plumb.values.Supplied;
import java.nio.file.Path;
import java.util.Map;

/**
 * The values a caller gives for a compile, as given: a JSON file or map and any number of {@code
 * --set}s, not yet checked against a pack (compiling does that). Immutable.
 */
public final class Values {
  private final Supplied supplied;

  private Values(Supplied supplied) {
    this.supplied = supplied;
  }

  /** No values: only defaults (and {@link #set}s added later). */
  public static Values none() {
    return new Values(Supplied.none());
  }

  /**
   * The JSON object in {@code file}, read as strict UTF-8.
   *
   * @throws PlumbException (P505) when the file cannot be read or is not a JSON object
   */
  public static Values fromJson(Path file) {
    return fromJson(file, file.toString());
  }

  /** The values file {@code file}, named {@code shownAs} in messages (as the user typed it). */
  public static Values fromJson(Path file, String shownAs) {
    return PlumbException.rethrown(() -> new Values(Supplied.fromJson(file, shownAs)));
  }

  /**
   * The JSON object in {@code jsonText}; errors name {@code displayName} as the file.
   *
   * @throws PlumbException (P505) when the text is not a JSON object
   */
  public static Values fromJson(String displayName, String jsonText) {
    return PlumbException.rethrown(() -> new Values(Supplied.fromJson(displayName, jsonText)));
  }

  /**
   * Values as Java objects nested like the JSON file: String, Number, Boolean, null, List and Map.
   * A top-level key may be dotted ({@code "vm.name"}) instead of nested.
   *
   * @throws PlumbException (P505) when a dotted key and a nested one give the same value, or when
   *     lists and maps nest more than 1000 levels deep
   * @throws IllegalArgumentException for any other kind of object
   */
  public static Values of(Map<String, ?> values) {
    return PlumbException.rethrown(() -> new Values(Supplied.of(values)));
  }

  /** A copy with one more {@code --set NAME=TEXT}, which wins over the file and earlier sets. */
  public Values set(String name, String text) {
    return new Values(supplied.with(name, text));
  }

  /** The values as the compiler takes them. */
  Supplied supplied() {
    return supplied;
  }

  @Override
  public String toString() {
    return "Values["
        + (supplied.root() == null ? "no file" : supplied.source().path())
        + ", "
        + supplied.sets().size()
        + " set(s)]";
  }
}
