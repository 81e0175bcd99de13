package dev.plumb.cli;

import dev.plumb.Pack;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --pack DIR}: the pack to use; the built-in pack when absent. */
final class PackOption {
  @Option(
      names = "--pack",
      paramLabel = "DIR",
      description = "the pack folder (default: the built-in pack)")
  Path folder;

  Pack load(Terminal terminal) {
    return folder == null ? Pack.builtIn() : Pack.load(terminal.resolve(folder), folder.toString());
  }
}
