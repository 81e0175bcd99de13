package dev.plumb.values;

import dev.plumb.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values a caller gives for a compile, as given: a JSON object (from a file or a map) and any
 * number of {@code --set}s, not yet checked against a pack ({@link Binder} does that).
 *
 * @param root the top-level JSON object, or null when no file or map was given
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
    SourceFile source = JsonReader.decode(file, shownAs);
    return new Supplied(source, JsonReader.readObject(source), List.of());
  }

  /** The JSON object in {@code jsonText}; errors name {@code displayName} as the file. */
  public static Supplied fromJson(String displayName, String jsonText) {
    SourceFile source = new SourceFile(displayName, jsonText);
    return new Supplied(source, JsonReader.readObject(source), List.of());
  }

  /** Values as Java objects nested like a JSON file (see {@code Values.of}). */
  public static Supplied of(Map<String, ?> values) {
    SourceFile source = new SourceFile("<values>", MapJson.toJson(values));
    return new Supplied(source, JsonReader.readObject(source), List.of());
  }

  /** A copy with one more {@code --set NAME=TEXT}. */
  public Supplied with(String name, String text) {
    List<Assignment> more = new ArrayList<>(sets);
    more.add(new Assignment(name, text));
    return new Supplied(source, root, more);
  }
}
