package dev.plumb.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.cli.Cli;
import dev.plumb.cli.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden cases: each folder of {@code src/test/golden} holds a command line ({@code args}, one
 * argument per line, run in that folder) and exactly one expectation: {@code expected.sh} (the
 * script on stdout, exit 0, nothing on stderr), {@code expected.out} (other stdout, such as a lint
 * report; exit 0 unless an {@code expected.exit} file gives the code) or {@code expected.err} (the
 * diagnostics on stderr, exit 1, nothing on stdout). Run with {@code -Dplumb.bless=true} to rewrite
 * the expectations from what plumb does now.
 */
class GoldenTest {
  static final Path ROOT = Path.of("src", "test", "golden");
  static final List<String> EXPECTATIONS = List.of("expected.sh", "expected.out", "expected.err");
  private static final boolean BLESS = Boolean.getBoolean("plumb.bless");

  /** What one run of the CLI gave. */
  record Run(int exit, String out, String err) {}

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    return cases().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  /** A folder without args, or with no or several expectations, is an orphan: the suite fails. */
  @Test
  void noOrphans() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path dir : cases()) {
      long expectations = EXPECTATIONS.stream().filter(e -> Files.exists(dir.resolve(e))).count();
      if (!Files.exists(dir.resolve("args"))) {
        problems.add(dir.getFileName() + ": no args file");
      }
      if (expectations != 1 && !BLESS) {
        problems.add(
            dir.getFileName() + ": " + expectations + " expectation files, want exactly 1");
      }
    }
    try (Stream<Path> files = Files.list(ROOT)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> problems.add(f.getFileName() + ": a file outside any case"));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  static Run run(Path dir) throws IOException {
    List<String> args =
        Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isEmpty())
            .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            dir.toAbsolutePath());
    int exit = Cli.run(args.toArray(String[]::new), terminal);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void check(Path dir) throws IOException {
    Run run = run(dir);
    if (BLESS) {
      bless(dir, run);
      return;
    }
    Path sh = dir.resolve("expected.sh");
    Path out = dir.resolve("expected.out");
    Path err = dir.resolve("expected.err");
    if (Files.exists(err)) {
      assertEquals(Files.readString(err, StandardCharsets.UTF_8), run.err(), "stderr of " + dir);
      assertEquals(1, run.exit(), "exit code of " + dir + "; stdout was:\n" + run.out());
      assertEquals("", run.out(), "stdout of a failed run must be empty");
    } else if (Files.exists(sh)) {
      assertEquals(0, run.exit(), "exit code of " + dir + "; stderr:\n" + run.err());
      assertEquals(Files.readString(sh, StandardCharsets.UTF_8), run.out(), "stdout of " + dir);
      assertEquals("", run.err(), "stderr of " + dir);
    } else if (Files.exists(out)) {
      assertEquals(exitOf(dir), run.exit(), "exit code of " + dir + "; stderr:\n" + run.err());
      assertEquals(Files.readString(out, StandardCharsets.UTF_8), run.out(), "stdout of " + dir);
    } else {
      fail(dir + " has no expectation; run with -Dplumb.bless=true to write one");
    }
  }

  private static int exitOf(Path dir) throws IOException {
    Path exit = dir.resolve("expected.exit");
    return Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0;
  }

  private static void bless(Path dir, Run run) throws IOException {
    boolean compile =
        Files.readString(dir.resolve("args"), StandardCharsets.UTF_8).startsWith("compile");
    boolean report = !run.out().isEmpty() && !compile;
    for (String name : EXPECTATIONS) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.deleteIfExists(dir.resolve("expected.exit"));
    if (report) {
      Files.writeString(dir.resolve("expected.out"), run.out(), StandardCharsets.UTF_8);
      if (run.exit() != 0) {
        Files.writeString(dir.resolve("expected.exit"), run.exit() + "\n", StandardCharsets.UTF_8);
      }
    } else if (run.exit() == 0) {
      Files.writeString(
          dir.resolve(compile ? "expected.sh" : "expected.out"), run.out(), StandardCharsets.UTF_8);
    } else {
      Files.writeString(dir.resolve("expected.err"), run.err(), StandardCharsets.UTF_8);
    }
  }
}
