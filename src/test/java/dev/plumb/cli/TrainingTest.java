package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workload bin/plumb archives classes from runs whole: a step that failed would leave an
 * archive of a run that stopped early, and every start slower than it could be.
 */
class TrainingTest {
  @Test
  void compilesTwiceThroughTheVerdictThenBuildsTheBuiltInPack(@TempDir Path tmp)
      throws IOException {
    assertTrue(Training.run(tmp));
    try (Stream<Path> verdicts = Files.list(tmp.resolve("cache/verdicts"))) {
      assertTrue(verdicts.count() == 1, "one verdict, kept by the first compile");
    }
    try (Stream<Path> scripts = Files.walk(tmp.resolve("out"))) {
      assertTrue(scripts.filter(Files::isRegularFile).count() > 1000, "every script built");
    }
  }
}
