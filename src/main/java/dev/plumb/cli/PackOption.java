package dev.plumb.cli;

import dev.plumb.Pack;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --pack DIR}: the pack to use; without it, the current folder's, {@code PLUMB_PACK}'s or
 * the built-in pack ({@link PackChoice}).
 */
final class PackOption {
  /** Where a command looks for its pack when none is named, before the built-in pack. */
  static final String NEAREST =
      "the current folder when it holds pack.plumb, else $" + PackChoice.VARIABLE;

  @Option(
      names = "--pack",
      paramLabel = "DIR",
      description = "the pack folder (default: " + NEAREST + ", else the built-in pack)")
  Path folder;

  PackChoice choice(Terminal terminal) {
    return PackChoice.of(folder, terminal);
  }

  Pack load(Terminal terminal) {
    return choice(terminal).load(terminal);
  }
}
