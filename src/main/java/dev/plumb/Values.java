package dev.plumb;

import dev.plumb.source.SourceFile;
import dev.plumb.values.Assignment;
import dev.plumb.values.Json;
import dev.plumb.values.JsonReader;
import dev.plumb.values.MapJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a caller gives for a compile, as given: a JSON file or map and any number of {@code
 * --set}s, not yet checked against a pack (the binder does that). Immutable.
 */
public final class Values {
  private static final SourceFile NO_FILE = new SourceFile("<values>", "");

  private final SourceFile source;
  private final Json.Obj root;
  private final List<Assignment> sets;

  private Values(SourceFile source, Json.Obj root, List<Assignment> sets) {
    this.source = source;
    this.root = root;
    this.sets = List.copyOf(sets);
  }

  /** No values: only defaults (and {@link #set}s added later). */
  public static Values none() {
    return new Values(NO_FILE, null, List.of());
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
    SourceFile source = JsonReader.decode(file, shownAs);
    return new Values(source, JsonReader.readObject(source), List.of());
  }

  /**
   * The JSON object in {@code jsonText}; errors name {@code displayName} as the file.
   *
   * @throws PlumbException (P505) when the text is not a JSON object
   */
  public static Values fromJson(String displayName, String jsonText) {
    SourceFile source = new SourceFile(displayName, jsonText);
    return new Values(source, JsonReader.readObject(source), List.of());
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
    SourceFile source = new SourceFile("<values>", MapJson.toJson(values));
    return new Values(source, JsonReader.readObject(source), List.of());
  }

  /** A copy with one more {@code --set NAME=TEXT}, which wins over the file and earlier sets. */
  public Values set(String name, String text) {
    List<Assignment> more = new ArrayList<>(sets);
    more.add(new Assignment(name, text));
    return new Values(source, root, more);
  }

  /** The values file as text (a stand-in named {@code <values>} when there is none). */
  public SourceFile source() {
    return source;
  }

  /** The top-level JSON object, when values came from a file or map. */
  public Optional<Json.Obj> root() {
    return Optional.ofNullable(root);
  }

  /** The {@code --set}s in the order given. */
  public List<Assignment> sets() {
    return sets;
  }

  @Override
  public String toString() {
    return "Values[" + (root == null ? "no file" : source.path()) + ", " + sets.size() + " set(s)]";
  }
}
