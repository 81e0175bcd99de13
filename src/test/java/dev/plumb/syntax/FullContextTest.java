package dev.plumb.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The grammar decides every valid file with SLL prediction alone: ANTLR never falls back to
 * full-context LL prediction (slower, and the sign of a decision SLL cannot make) on the built-in
 * pack or the sample packs, each file parsed as {@link Syntax} parses it.
 */
class FullContextTest {
  @Test
  void validPacksNeedNoFullContextPrediction() throws IOException {
    List<String> fallbacks = new ArrayList<>();
    int files = 0;
    for (String pack : List.of("templates", "samples/tutorial", "samples/services")) {
      try (Stream<Path> walk = Files.walk(Path.of(pack))) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".plumb")).sorted().toList()) {
          SourceFile source = new SourceFile(file.toString(), Files.readString(file));
          boolean manifest = file.getFileName().toString().equals("pack.plumb");
          int count = Syntax.fullContextPredictions(source, manifest);
          if (count > 0) {
            fallbacks.add(file + ": " + count);
          }
          files++;
        }
      }
    }
    assertTrue(files > 50, files + " files parsed");
    assertEquals(List.of(), fallbacks);
  }
}
