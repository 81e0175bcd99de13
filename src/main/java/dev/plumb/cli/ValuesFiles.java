package dev.plumb.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --values FILE} of a command that builds each values set on its own. */
final class ValuesFiles {
  private ValuesFiles() {}

  /** Each file as the user named it, to the file itself, in the order given. */
  static Map<String, Path> given(Terminal terminal, List<Path> files) {
    Map<String, Path> given = new LinkedHashMap<>();
    for (Path f : files) {
      given.put(f.toString(), terminal.resolve(f));
    }
    return given;
  }
}
