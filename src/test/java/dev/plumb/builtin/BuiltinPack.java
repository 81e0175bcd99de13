package dev.plumb.builtin;

import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built-in pack as these tests load it, from the repository's templates folder, and its example
 * VMs.
 */
final class BuiltinPack {
  static final Path FOLDER = Path.of("templates");
  private static final Pack PACK = Pack.load(FOLDER);

  private BuiltinPack() {}

  static Pack pack() {
    return PACK;
  }

  /** Every {@code examples/*.json}, sorted. */
  static List<Path> examples() {
    try (Stream<Path> files = Files.list(FOLDER.resolve("examples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Values example(String name) {
    return Values.fromJson(FOLDER.resolve("examples").resolve(name + ".json"));
  }

  /**
   * A compile refused only by %require preconditions (P506): the example does not suit the cell.
   */
  static boolean onlyRequires(PlumbException e) {
    return !e.diagnostics().isEmpty()
        && e.diagnostics().stream().allMatch(d -> d.code() == Code.P506);
  }
}
