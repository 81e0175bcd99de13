package dev.plumb.robust;

import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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
    TestPack.delete(root);
  }
}
