package dev.plumb.pipeline;

import dev.plumb.diag.Checked;
import dev.plumb.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Loads a pack to compile one operation: when an earlier run loaded these very files without an
 * error ({@link Verdicts}), only the files that operation's cells read are parsed and checked;
 * otherwise the whole pack is, exactly as {@link PackLoader#load} does, and a verdict is kept when
 * it has no error. Either way a pack with an error anywhere is never compiled from: a verdict
 * exists only for a pack that loaded whole without one.
 */
public final class OperationLoader {
  private OperationLoader() {}

  /**
   * The pack, whole or as much of it as {@code operation} needs.
   *
   * @param cache the folder verdicts are kept in, or null to keep none
   */
  public static Checked<PackModel> load(PackFiles files, String operation, Path cache) {
    String build = build();
    if (cache == null || build == null || !files.errors().isEmpty()) {
      return PackLoader.load(files);
    }
    Verdicts verdicts = new Verdicts(cache, build);
    String key = verdicts.key(files);
    PackIndex index = verdicts.find(key);
    List<String> needed = index == null ? null : index.of(operation);
    if (needed != null) {
      Checked<PackModel> part = PackLoader.load(only(files, needed));
      if (part.ok() && part.value() != null) {
        return part;
      }
      // the verdict does not fit the files after all: load the whole pack and judge it again
    }
    Checked<PackModel> whole = PackLoader.load(files);
    if (whole.ok() && whole.value() != null) {
      verdicts.remember(key, PackIndex.of(whole.value()));
    }
    return whole;
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
