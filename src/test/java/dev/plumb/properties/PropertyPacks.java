package dev.plumb.properties;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a generated pack to a temporary folder and compiles it. */
final class PropertyPacks {
  static final Cell CELL = Cell.of("host", "linux");

  private PropertyPacks() {}

  static Pack load(String manifest, String template) {
    return load(Map.of("pack.plumb", manifest, "run.plumb", template));
  }

  /** Loads a pack made of {@code files} (name to text). */
  static Pack load(Map<String, String> files) {
    Path dir = null;
    try {
      dir = write(files);
      return Pack.load(dir, "pack");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /** Writes {@code files} into a new temporary folder; the caller deletes it. */
  static Path write(Map<String, String> files) throws IOException {
    Path dir = Files.createTempDirectory("plumb-prop");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  static Script compile(Pack pack, Map<String, Object> values) {
    return pack.compile("run", CELL, Values.of(values));
  }

  static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
