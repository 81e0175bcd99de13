package dev.plumb.suite;

import dev.plumb.Build;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a build into a folder all at once: into a new folder beside it, which then takes the
 * target's place. A reader never sees half a build, and a failure leaves the old folder as it was.
 * An existing target is replaced only when it is a build folder (it holds an {@code index.json}) or
 * empty: anything else is the user's and is left alone.
 */
public final class BuildFolder {
  private BuildFolder() {}

  /** Why a folder cannot be replaced by a build, or null when it can. */
  public static String refusal(Path target) {
    if (!Files.exists(target)) {
      return null;
    }
    if (!Files.isDirectory(target)) {
      return "it exists and is not a folder";
    }
    if (Files.isRegularFile(target.resolve(BuildIndex.FILE))) {
      return null;
    }
    try (Stream<Path> listing = Files.list(target)) {
      return listing.findAny().isEmpty()
          ? null
          : "it is a folder with files in it and no "
              + BuildIndex.FILE
              + ": not a build to replace";
    } catch (IOException e) {
      return "it cannot be read: " + e.getMessage();
    }
  }

  /**
   * Writes every built script (mode 0755), its source map when asked, and the index.
   *
   * @throws IOException when the folder cannot be written; the target is then as it was
   */
  public static void write(
      Build build, Map<String, String> valueFiles, boolean sourceMaps, Path target)
      throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    try {
      for (Build.Entry e : build.withStatus(Build.Status.BUILT)) {
        Path script = fresh.resolve(e.path());
        Files.createDirectories(script.getParent());
        Files.writeString(script, e.script().text(), StandardCharsets.UTF_8);
        executable(script);
        if (sourceMaps) {
          String name = script.getFileName().toString();
          Files.writeString(
              script.resolveSibling(name + ".map"), SourceMapJson.render(e.script(), name));
        }
      }
      Files.writeString(
          fresh.resolve(BuildIndex.FILE), BuildIndex.render(build, valueFiles, sourceMaps));
      replace(fresh, target.toAbsolutePath());
      fresh = null;
    } finally {
      if (fresh != null) {
        delete(fresh);
      }
    }
  }

  /** Moves {@code fresh} to {@code target}, the old target out of the way first and then gone. */
  private static void replace(Path fresh, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(fresh, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      delete(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void executable(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(true, false);
    }
  }

  /** Deletes a folder plumb made (a build, an old version read from git), and everything in it. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
