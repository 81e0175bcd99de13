package dev.plumb;

import java.nio.file.Path;

/**
 * One pack file and its canonical layout, as {@code plumb fmt} writes it ({@link Format}).
 *
 * @param path the file
 * @param shown the file as messages name it
 * @param before its text as it is (a byte order mark included)
 * @param after its text in canonical layout
 */
public record Formatted(Path path, String shown, String before, String after) {
  /** Whether formatting changes the file. */
  public boolean changed() {
    return !before.equals(after);
  }
}
