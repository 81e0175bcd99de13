package dev.plumb.pipeline;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the files of a pack folder: the manifest and every {@code *.plumb} below it, in a fixed
 * order, through {@link SourceText} (its bounds, strict UTF-8 whatever the locale), refusing names
 * no output may carry ({@link FileNames}). Names files as the user sees them.
 *
 * @param relative each file's path relative to the pack, with '/' separators, by display path
 */
public record PackFiles(
    SourceFile manifest,
    List<SourceFile> units,
    Map<String, String> relative,
    List<Diagnostic> errors) {

  static final String MANIFEST = "pack.plumb";

  /** Reads the pack at {@code root}, shown in messages as {@code shown}. */
  public static PackFiles read(Path root, String shown) {
    return read(root, shown, Map.of());
  }

  /**
   * As {@link #read(Path, String)}, with the unsaved text an editor holds for some files in place
   * of what is on disk: {@code unsaved} maps a file's absolute, normalized path to its text. The
   * bounds and names are the same as on disk; a file that exists only in {@code unsaved} (a new
   * buffer below the pack) is read too.
   */
  public static PackFiles read(Path root, String shown, Map<Path, String> unsaved) {
    List<Diagnostic> errors = new ArrayList<>();
    Map<String, String> relative = new HashMap<>();
    String prefix = shown.isEmpty() || shown.equals(".") ? "" : shown.replaceAll("/+$", "") + "/";
    Path manifestPath = root.resolve(MANIFEST);
    SourceFile missing = new SourceFile(prefix + MANIFEST, "");
    if (!Files.isDirectory(root)) {
      errors.add(
          Diagnostic.error(
                  Code.P401, Span.ofFile(new SourceFile(shown, "")), "pack folder not found")
              .withHint("give a folder that holds pack.plumb"));
      return new PackFiles(missing, List.of(), relative, errors);
    }
    Path absolute = root.toAbsolutePath().normalize();
    Map<Path, String> overlay = new HashMap<>();
    unsaved.forEach(
        (path, text) -> {
          if (path.startsWith(absolute)) {
            overlay.put(root.resolve(absolute.relativize(path).toString()), text);
          }
        });
    if (!Files.exists(manifestPath, LinkOption.NOFOLLOW_LINKS)
        && !overlay.containsKey(manifestPath)) {
      errors.add(
          Diagnostic.error(Code.P401, Span.ofFile(missing), "the pack has no manifest")
              .withHint("a pack folder holds pack.plumb; see 'plumb explain P401'"));
      return new PackFiles(missing, List.of(), relative, errors);
    }
    SourceText reader = new SourceText(errors);
    SourceFile manifest = reader.read(manifestPath, prefix + MANIFEST, overlay.get(manifestPath));
    List<SourceFile> units = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      // each file's relative name made once: sorting by it must not remake it per comparison
      TreeMap<String, Path> paths = new TreeMap<>();
      walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".plumb"))
          .filter(p -> !p.equals(manifestPath))
          .forEach(p -> paths.put(slashed(root.relativize(p)), p));
      overlay.keySet().stream()
          .filter(p -> p.getFileName().toString().endsWith(".plumb"))
          .filter(p -> !p.equals(manifestPath))
          .forEach(p -> paths.put(slashed(root.relativize(p)), p));
      for (Map.Entry<String, Path> named : paths.entrySet()) {
        if (reader.full()) {
          break;
        }
        String rel = named.getKey();
        Path path = named.getValue();
        Diagnostic badName = FileNames.check(root.relativize(path), rel, prefix + rel);
        if (badName != null) {
          errors.add(badName);
          continue;
        }
        SourceFile file = reader.read(path, prefix + rel, overlay.get(path));
        if (file != null) {
          units.add(file);
          relative.put(file.path(), rel);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      errors.add(
          Diagnostic.error(
              Code.P401,
              Span.ofFile(new SourceFile(shown, "")),
              "cannot read the pack folder: " + e.getMessage()));
    }
    return new PackFiles(
        manifest == null ? missing : manifest, List.copyOf(units), relative, errors);
  }

  /**
   * One file read as a pack's files are (at most 1 MiB, strict UTF-8, a byte order mark skipped),
   * or null after adding to {@code errors} why it cannot be.
   */
  public static SourceFile readOne(Path file, String shown, List<Diagnostic> errors) {
    return new SourceText(errors).read(file, shown, null);
  }

  private static String slashed(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
