package dev.plumb.values;

import dev.plumb.source.SourceFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values a caller gives for a compile, as given: an object (from JSON or YAML files, merged, or
 * a map) and any number of {@code --set}s, not yet checked against a pack ({@link Binder} does
 * that).
 *
 * @param source the last file given (where a missing value is shown when no file has its group)
 * @param root the top-level object, or null when no file or map was given
 * @param sets the {@code --set}s in the order given; a later one wins
 */
public record Supplied(SourceFile source, Json.Obj root, List<Assignment> sets) {
  private static final SourceFile NO_FILE = new SourceFile("<values>", "");

  public Supplied {
    sets = List.copyOf(sets);
  }

  public static Supplied none() {
    return new Supplied(NO_FILE, null, List.of());
  }

  /** The values file {@code file}, read as strict UTF-8, named {@code shownAs} in messages. */
  public static Supplied fromJson(Path file, String shownAs) {
    return json(JsonReader.decode(file, shownAs));
  }

  /** The JSON object in {@code jsonText}; errors name {@code displayName} as the file. */
  public static Supplied fromJson(String displayName, String jsonText) {
    return json(new SourceFile(displayName, jsonText));
  }

  /** The YAML values file {@code file}, read as strict UTF-8, named {@code shownAs} in messages. */
  public static Supplied fromYaml(Path file, String shownAs) {
    return yaml(JsonReader.decode(file, shownAs));
  }

  /** The YAML mapping in {@code yamlText}; errors name {@code displayName} as the file. */
  public static Supplied fromYaml(String displayName, String yamlText) {
    return yaml(new SourceFile(displayName, yamlText));
  }

  /** A values file read as YAML when its name ends in {@code .yaml} or {@code .yml}, else JSON. */
  public static Supplied fromFile(Path file, String shownAs) {
    return isYaml(file) ? fromYaml(file, shownAs) : fromJson(file, shownAs);
  }

  /** Whether a values file's name says it is YAML. */
  public static boolean isYaml(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Values read from a stream (standard input), named {@code shownAs} in messages: JSON when the
   * first character that is not a blank is <code>{</code>, else YAML.
   */
  public static Supplied fromStream(InputStream in, String shownAs) {
    SourceFile source = JsonReader.decode(in, shownAs);
    return source.text().strip().startsWith("{") ? json(source) : yaml(source);
  }

  private static Supplied json(SourceFile source) {
    return new Supplied(source, JsonReader.readObject(source), List.of());
  }

  private static Supplied yaml(SourceFile source) {
    return new Supplied(source, YamlReader.readObject(source), List.of());
  }

  /**
   * These values, then {@code later}'s: its file wins key by key (objects merged, anything else
   * replaced, see {@link Merge}), and its {@code --set}s come after these.
   */
  public Supplied and(Supplied later) {
    List<Assignment> all = new ArrayList<>(sets);
    all.addAll(later.sets);
    return new Supplied(
        later.root != null ? later.source : source, Merge.of(root, later.root), all);
  }

  /** Values as Java objects nested like a JSON file (see {@code Values.of}). */
  public static Supplied of(Map<String, ?> values) {
    return json(new SourceFile("<values>", MapJson.toJson(values)));
  }

  /** A copy with one more {@code --set NAME=TEXT}. */
  public Supplied with(String name, String text) {
    List<Assignment> more = new ArrayList<>(sets);
    more.add(new Assignment(name, text));
    return new Supplied(source, root, more);
  }
}
