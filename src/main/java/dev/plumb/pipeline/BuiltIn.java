package dev.plumb.pipeline;

import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in pack: the repository's {@code templates/} folder, packaged into the jar under {@code
 * dev/plumb/builtin/}. Messages name its files {@code templates/…}.
 */
public final class BuiltIn {
  public static final String SHOWN_AS = "templates";
  private static final String FOLDER = "/dev/plumb/builtin/";
  private static final String MANIFEST = FOLDER + PackFiles.MANIFEST;

  private BuiltIn() {}

  /** The folder of the built-in pack, inside the jar or on the class path. */
  public static Path folder() {
    URL url = BuiltIn.class.getResource(MANIFEST);
    if (url == null) {
      throw new IllegalStateException("the built-in pack is missing from this build");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri).getParent();
      }
      return jar(uri).provider().getPath(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the built-in pack", e);
    }
  }

  /**
   * The manifest and the files named (paths relative to the pack), read as resources of the jar the
   * class loader has open already; null when one of them is not there or cannot be read as a
   * template (the caller then reads the pack whole, and reports).
   */
  static PackFiles files(List<String> relative) {
    List<Diagnostic> errors = new ArrayList<>();
    SourceFile manifest = resource(PackFiles.MANIFEST, errors);
    List<SourceFile> units = new ArrayList<>();
    Map<String, String> relatives = new HashMap<>();
    for (String name : relative) {
      SourceFile unit = resource(name, errors);
      units.add(unit);
      if (unit != null) {
        relatives.put(unit.path(), name);
      }
    }
    if (manifest == null || units.contains(null) || !errors.isEmpty()) {
      return null;
    }
    return new PackFiles(manifest, List.copyOf(units), relatives, List.of());
  }

  private static SourceFile resource(String relative, List<Diagnostic> errors) {
    try (InputStream in = BuiltIn.class.getResourceAsStream(FOLDER + relative)) {
      if (in == null) {
        return null;
      }
      return SourceText.decode(in.readAllBytes(), SHOWN_AS + "/" + relative, errors);
    } catch (IOException e) {
      return null;
    }
  }

  private static FileSystem jar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
