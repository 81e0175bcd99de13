package dev.plumb.editor;

import java.nio.file.Files;
import java.nio.file.Path;

/** The pack a file belongs to: the nearest folder at or above it that holds {@code pack.plumb}. */
final class PackRoot {
  static final String MANIFEST = "pack.plumb";

  private PackRoot() {}

  /**
   * The pack folder of {@code file} (absolute, normalized), or null when no folder above it holds a
   * manifest, on disk or open in the editor.
   */
  static Path of(Path file, Documents documents) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      Path manifest = dir.resolve(MANIFEST);
      if (Files.isRegularFile(manifest) || documents.get(manifest) != null) {
        return dir;
      }
    }
    return null;
  }
}
