package dev.plumb.pipeline;

import dev.plumb.diag.Checked;
import dev.plumb.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads a pack to compile one operation in one cell: when an earlier run loaded these very files
 * without an error ({@link Verdicts}), only the files that the cell's chain reads (or, for a cell
 * the verdict does not know, the operation's cells) are parsed and checked; otherwise the whole
 * pack is, exactly as {@link PackLoader#load} does, and a verdict is kept when it has no error.
 * Either way a pack with an error anywhere is never compiled from: a verdict exists only for a pack
 * that loaded whole without one.
 */
public final class OperationLoader {
  private OperationLoader() {}

  /**
   * The pack, whole or as much of it as {@code operation} needs in {@code cell}.
   *
   * @param cell axis to value, as the request gives it
   * @param cache the folder verdicts are kept in, or null to keep none
   */
  public static Checked<PackModel> load(
      PackFiles files, String operation, Map<String, String> cell, Path cache) {
    String build = build();
    if (cache == null || build == null || !files.errors().isEmpty()) {
      return PackLoader.load(files);
    }
    Verdicts verdicts = new Verdicts(cache, build);
    return load(
        verdicts, verdicts.key(files), operation, cell, () -> files, needed -> only(files, needed));
  }

  /**
   * The built-in pack, whole or as much of it as {@code operation} needs in {@code cell}. Its files
   * are in the jar this very build made: the build alone keys its verdict, and a run that has one
   * reads only the files it needs, never the others, nor opens the jar as a folder.
   */
  public static Checked<PackModel> loadBuiltIn(
      String operation, Map<String, String> cell, Path cache) {
    String build = build();
    Supplier<PackFiles> whole = () -> PackFiles.read(BuiltIn.folder(), BuiltIn.SHOWN_AS);
    if (cache == null || build == null) {
      return PackLoader.load(whole.get());
    }
    Verdicts verdicts = new Verdicts(cache, build);
    return load(verdicts, verdicts.builtInKey(), operation, cell, whole, BuiltIn::files);
  }

  private static Checked<PackModel> load(
      Verdicts verdicts,
      String key,
      String operation,
      Map<String, String> cell,
      Supplier<PackFiles> whole,
      Function<List<String>, PackFiles> only) {
    PackIndex index = verdicts.find(key);
    List<String> needed = index == null ? null : index.of(operation, cell);
    if (needed != null) {
      PackFiles files = only.apply(needed);
      Checked<PackModel> part = files == null ? null : PackLoader.load(files);
      if (part != null && part.ok() && part.value() != null) {
        return part;
      }
      // the verdict does not fit the files after all: load the whole pack and judge it again
    }
    PackFiles files = whole.get();
    Checked<PackModel> loaded = PackLoader.load(files);
    if (files.errors().isEmpty() && loaded.ok() && loaded.value() != null) {
      verdicts.remember(key, PackIndex.of(loaded.value()));
    }
    return loaded;
  }

  /** The pack's files with only the units named (relative paths); the manifest always. */
  private static PackFiles only(PackFiles files, List<String> needed) {
    Set<String> keep = new HashSet<>(needed);
    List<SourceFile> units =
        files.units().stream().filter(u -> keep.contains(files.relative().get(u.path()))).toList();
    return new PackFiles(files.manifest(), units, files.relative(), files.errors());
  }

  /**
   * This build of plumb (its version and when it was built), or null when it cannot be told (run
   * from classes not built by Maven): then no verdict is kept or used.
   */
  static String build() {
    try (InputStream in =
        OperationLoader.class.getResourceAsStream("/dev/plumb/build.properties")) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      String built = properties.getProperty("built", "");
      return version.isEmpty() || built.isEmpty() || (version + built).contains("${")
          ? null
          : version + " " + built;
    } catch (IOException e) {
      return null;
    }
  }
}
