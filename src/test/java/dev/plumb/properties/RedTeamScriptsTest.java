package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.golden.GoldenCase;
import dev.plumb.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The red-team reproductions that compile ({@code src/test/golden/redteam-*}/expected.sh, each made
 * with the attacker's value) are run by dash, bash, {@code bash --posix} and busybox sh: the canary
 * file the value tries to create must never appear.
 */
class RedTeamScriptsTest {
  private static final List<List<String>> SHELLS =
      List.of(
          List.of("dash"), List.of("bash"), List.of("bash", "--posix"), List.of("busybox", "sh"));

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> noValueRuns() {
    List<Path> scripts =
        GoldenCase.all().stream()
            .filter(c -> c.name().startsWith("redteam-"))
            .map(c -> c.dir().resolve("expected.sh"))
            .filter(Files::exists)
            .toList();
    assertTrue(scripts.size() >= 5, "the red-team scripts are there: " + scripts);
    return scripts.stream()
        .map(
            script ->
                DynamicTest.dynamicTest(
                    script.getParent().getFileName().toString(), () -> runAll(script)));
  }

  private void runAll(Path script) throws Exception {
    for (List<String> shell : SHELLS) {
      Path work = Files.createTempDirectory(dir, "run");
      assertFalse(canaryAfter(shell, Files.readString(script), work), shell + " ran a value");
    }
  }

  /** The harness sees a value that runs: without quoting, the canary appears. */
  @Test
  void theHarnessSeesAnInjection() throws Exception {
    for (List<String> shell : SHELLS) {
      Path work = Files.createTempDirectory(dir, "control");
      assertTrue(canaryAfter(shell, "echo $(touch canary)\n", work), shell.toString());
    }
  }

  private static boolean canaryAfter(List<String> shell, String script, Path work)
      throws Exception {
    Tools.require(shell.get(0), shell.get(0).equals("busybox") ? "busybox" : shell.get(0));
    Tools.runScript(shell, script, work, Map.of("PATH", "/usr/bin:/bin"));
    return Files.exists(work.resolve("canary"));
  }
}
