package dev.plumb.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden cases ({@code src/test/golden/README.md}): each folder holds a command line ({@code
 * cmd}, one line of shell words) and exactly one expectation: {@code expected.sh} (the script on
 * stdout, exit 0, nothing on stderr), {@code expected.out} (other stdout, such as a lint report;
 * exit 0 unless an {@code expected.exit} file gives the code) or {@code expected.err} (the
 * diagnostics on stderr, nothing on stdout; exit 1 unless {@code expected.exit} gives the code, 2
 * for what the argument parser rejects). A {@code stdin} file is the command's standard input. The
 * command runs in a temporary folder holding the case's files, the shared manifest its {@code uses}
 * file names as {@code pack/pack.plumb}, and copies of the repository's {@code templates} and
 * {@code samples}. Run with {@code -Dplumb.bless=true} to rewrite the expectations from what plumb
 * does now.
 */
class GoldenTest {
  private static final boolean BLESS = Boolean.getBoolean("plumb.bless");

  @TestFactory
  Stream<DynamicTest> golden() {
    return GoldenCase.all().stream()
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  /**
   * A folder without a one-line cmd, with an args file left from the old format, with no or several
   * expectations, with a manifest a shared one spells, or naming a shared manifest that is not
   * there is an orphan; so is a file outside any case, a folder starting with '_' but _shared, and
   * a shared manifest no case uses: the suite fails.
   */
  @Test
  void noOrphans() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (GoldenCase golden : GoldenCase.all()) {
      golden.problems(BLESS).forEach(p -> problems.add(golden.name() + ": " + p));
      used.add(golden.uses());
    }
    try (Stream<Path> files = Files.list(GoldenCase.ROOT)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (Files.isRegularFile(f) && !name.equals("README.md")) {
          problems.add(name + ": a file outside any case");
        } else if (Files.isDirectory(f) && name.startsWith("_") && !f.equals(GoldenCase.SHARED)) {
          problems.add(name + ": a folder that is no case, and not _shared");
        }
      }
    }
    GoldenCase.sharedNames().stream()
        .filter(name -> !used.contains(name))
        .forEach(name -> problems.add("_shared/" + name + ".plumb: no case uses it"));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** Runs the case's command in a fresh run folder, deleted after. */
  static CliRun run(GoldenCase golden) throws IOException {
    Path folder = Files.createTempDirectory("plumb-golden-" + golden.name());
    try {
      return CliRun.of(
          golden.writeRunFolder(folder),
          new CliRun.Given(golden.stdin(), Map.of(), false),
          golden.args().toArray(String[]::new));
    } finally {
      TestPack.delete(folder);
    }
  }

  private static void check(GoldenCase golden) throws IOException {
    CliRun run = run(golden);
    Path dir = golden.dir();
    if (BLESS) {
      bless(golden, run);
      return;
    }
    Path sh = dir.resolve("expected.sh");
    Path out = dir.resolve("expected.out");
    Path err = dir.resolve("expected.err");
    if (Files.exists(err)) {
      assertEquals(Files.readString(err, StandardCharsets.UTF_8), run.err(), "stderr of " + dir);
      assertEquals(
          exitOf(dir, 1), run.exit(), "exit code of " + dir + "; stdout was:\n" + run.out());
      assertEquals("", run.out(), "stdout of a failed run must be empty");
    } else if (Files.exists(sh)) {
      assertEquals(0, run.exit(), "exit code of " + dir + "; stderr:\n" + run.err());
      assertEquals(Files.readString(sh, StandardCharsets.UTF_8), run.out(), "stdout of " + dir);
      assertEquals("", run.err(), "stderr of " + dir);
    } else if (Files.exists(out)) {
      assertEquals(exitOf(dir, 0), run.exit(), "exit code of " + dir + "; stderr:\n" + run.err());
      assertEquals(Files.readString(out, StandardCharsets.UTF_8), run.out(), "stdout of " + dir);
    } else {
      fail(dir + " has no expectation; run with -Dplumb.bless=true to write one");
    }
  }

  /** The exit code {@code expected.exit} gives, else {@code otherwise}. */
  private static int exitOf(Path dir, int otherwise) throws IOException {
    Path exit = dir.resolve("expected.exit");
    return Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : otherwise;
  }

  private static void bless(GoldenCase golden, CliRun run) throws IOException {
    Path dir = golden.dir();
    boolean compile = golden.args().stream().findFirst().orElse("").equals("compile");
    boolean report = !run.out().isEmpty() && !compile;
    for (String name : GoldenCase.EXPECTATIONS) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.deleteIfExists(dir.resolve("expected.exit"));
    if (report) {
      Files.writeString(dir.resolve("expected.out"), run.out(), StandardCharsets.UTF_8);
      if (run.exit() != 0) {
        Files.writeString(dir.resolve("expected.exit"), run.exit() + "\n", StandardCharsets.UTF_8);
      }
    } else if (run.exit() == 0 && (compile || run.err().isEmpty())) {
      Files.writeString(
          dir.resolve(compile ? "expected.sh" : "expected.out"), run.out(), StandardCharsets.UTF_8);
    } else {
      // a failure, or a success whose product is its stderr (a summary, warnings): stderr is
      // what to compare, and the exit code when it is not 1
      Files.writeString(dir.resolve("expected.err"), run.err(), StandardCharsets.UTF_8);
      if (run.exit() != 1) {
        Files.writeString(dir.resolve("expected.exit"), run.exit() + "\n", StandardCharsets.UTF_8);
      }
    }
  }
}
