package dev.plumb;

import dev.plumb.values.Supplied;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The values a caller gives for a compile, as given: JSON or YAML files (merged) or a map, and any
 * number of {@code --set}s, not yet checked against a pack (compiling does that). Immutable.
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
   * The YAML mapping in {@code file}, read as strict UTF-8, with the same checks and located
   * diagnostics as JSON (docs/language.md §5 says how YAML's scalars are read).
   *
   * @throws PlumbException (P505) when the file cannot be read or is not one YAML mapping
   */
  public static Values fromYaml(Path file) {
    return fromYaml(file, file.toString());
  }

  /** The YAML values file {@code file}, named {@code shownAs} in messages. */
  public static Values fromYaml(Path file, String shownAs) {
    return PlumbException.rethrown(() -> new Values(Supplied.fromYaml(file, shownAs)));
  }

  /** The YAML mapping in {@code yamlText}; errors name {@code displayName} as the file. */
  public static Values fromYaml(String displayName, String yamlText) {
    return PlumbException.rethrown(() -> new Values(Supplied.fromYaml(displayName, yamlText)));
  }

  /**
   * A values file as its name says: YAML when it ends in {@code .yaml} or {@code .yml}, else JSON.
   */
  public static Values fromFile(Path file, String shownAs) {
    return PlumbException.rethrown(() -> new Values(Supplied.fromFile(file, shownAs)));
  }

  /**
   * Values read from {@code in} (standard input, say) to its end, at most 4 MiB, named {@code
   * shownAs} in messages: JSON when the first character that is not a blank is <code>{</code>, else
   * YAML.
   */
  public static Values read(InputStream in, String shownAs) {
    return PlumbException.rethrown(() -> new Values(Supplied.fromStream(in, shownAs)));
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

  /**
   * A copy with one more {@code --set NAME=TEXT}, which wins over the files and earlier sets. NAME
   * may reach into a list or a record: {@code vm.disks[1]}, {@code vm.nics[0].mac}.
   */
  public Values set(String name, String text) {
    return new Values(supplied.with(name, text));
  }

  /**
   * These values, then {@code later}: as two {@code --values} files, the later wins key by key
   * (objects, the groups and records, merged member by member; lists and every other value replaced
   * whole), and {@code later}'s {@link #set}s come after these. Each value is still shown in the
   * file it came from.
   */
  public Values and(Values later) {
    return new Values(supplied.and(later.supplied));
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
