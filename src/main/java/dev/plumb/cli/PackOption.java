package dev.plumb.cli;

import dev.plumb.Pack;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --pack DIR}: the pack to use; without it, the current folder's, {@code PLUMB_PACK}'s or
 * the built-in pack ({@link PackChoice}).
 */
final class PackOption {
  @Option(
      names = "--pack",
      paramLabel = "DIR",
      description =
          "the pack folder (default: the current folder when it holds pack.plumb, else $"
              + PackChoice.VARIABLE
              + ", else the built-in pack)")
  Path folder;

  PackChoice choice(Terminal terminal) {
    return PackChoice.of(folder, terminal);
  }

  Pack load(Terminal terminal) {
    return choice(terminal).load(terminal);
  }
}
