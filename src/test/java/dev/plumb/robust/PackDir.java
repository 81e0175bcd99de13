package dev.plumb.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A pack (or any files) written byte for byte to a fresh temporary folder, deleted on close. */
final class PackDir implements AutoCloseable {
  final Path root;
  final Map<String, byte[]> files;

  private PackDir(Path root, Map<String, byte[]> files) {
    this.root = root;
    this.files = files;
  }

  /** Writes {@code files} (relative path to bytes) below a new temporary folder. */
  static PackDir of(Map<String, byte[]> files) {
    try {
      Path root = Files.createTempDirectory("plumb-robust");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      return new PackDir(root, new LinkedHashMap<>(files));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file below {@code folder}, by path relative to it with '/' separators. */
  static Map<String, byte[]> read(Path folder) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Keeps a copy of the files under {@code target/robust-failures/LABEL-N} and says where. */
  String save(String label) {
    try {
      Path base = Files.createDirectories(Path.of("target", "robust-failures"));
      Path copy = Files.createTempDirectory(base, label + "-");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = copy.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      return copy.toAbsolutePath().toString();
    } catch (IOException e) {
      return "(could not save the input: " + e + ")";
    }
  }

  /** The subfolder {@code folder} as a pack of its own (deleted with this one). */
  PackDir within(String folder) {
    Map<String, byte[]> inside = new LinkedHashMap<>();
    files.forEach(
        (name, content) -> {
          if (name.startsWith(folder + "/")) {
            inside.put(name.substring(folder.length() + 1), content);
          }
        });
    return new PackDir(root.resolve(folder), inside);
  }

  @Override
  public void close() {
    delete(root);
  }

  static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
