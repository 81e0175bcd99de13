package dev.plumb.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The built-in pack: the repository's {@code templates/} folder, packaged into the jar under {@code
 * dev/plumb/builtin/}. Messages name its files {@code templates/…}.
 */
public final class BuiltIn {
  public static final String SHOWN_AS = "templates";
  private static final String MANIFEST = "/dev/plumb/builtin/pack.plumb";

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

  private static FileSystem jar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
