package dev.plumb.bench;

import dev.plumb.source.SourceFile;
import dev.plumb.syntax.Syntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * (d) How often ANTLR's prediction falls back from SLL to full-context LL on a pack's files, each
 * parsed as plumb parses it ({@link Syntax#fullContextPredictions}). Valid input should need none.
 */
final class FullContext {
  private FullContext() {}

  /** The fallbacks over every {@code *.plumb} file below {@code dir}, and how many files. */
  record Count(long fallbacks, int files) {}

  static Count of(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".plumb")).sorted().toList();
    }
    long fallbacks = 0;
    for (Path file : files) {
      boolean manifest = file.getFileName().toString().equals("pack.plumb");
      fallbacks += Syntax.fullContextPredictions(new SourceFile(file.toString(), Files.readString(file)), manifest);
    }
    return new Count(fallbacks, files.size());
  }
}
