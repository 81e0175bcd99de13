package dev.plumb.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
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
 * The cases of {@code plumb fmt} ({@code src/test/fmt/README.md}): each folder holds one input file
 * and either {@code formatted.plumb}, the input in canonical layout, or {@code expected.err}, the
 * diagnostics of an input that does not read. Compared byte for byte; run with {@code
 * -Dplumb.bless=true} to rewrite the expectations from what plumb does now.
 */
class FormatGoldenTest {
  static final Path ROOT = Path.of("src", "test", "fmt");
  private static final boolean BLESS = Boolean.getBoolean("plumb.bless");
  private static final String FORMATTED = "formatted.plumb";
  private static final String ERRORS = "expected.err";

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    return folders().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  /** A case needs exactly one input and one expectation; nothing else lives here. */
  @Test
  void noOrphans() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (Files.isRegularFile(f) && !name.equals("README.md")) {
          problems.add(name + ": a file outside any case");
        } else if (Files.isDirectory(f)) {
          List<String> inputs = inputs(f).stream().map(p -> p.getFileName().toString()).toList();
          long expectations =
              Stream.of(FORMATTED, ERRORS).filter(e -> Files.exists(f.resolve(e))).count();
          if (inputs.size() != 1) {
            problems.add(name + ": " + inputs.size() + " inputs " + inputs + ", want exactly 1");
          }
          if (expectations != 1 && !BLESS) {
            problems.add(name + ": " + expectations + " expectations, want exactly 1");
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static void check(Path dir) throws IOException {
    Path input = inputs(dir).get(0);
    String name = input.getFileName().toString();
    byte[] before = Files.readAllBytes(input);
    Path folder = Files.createTempDirectory("plumb-fmt-" + dir.getFileName());
    try {
      Path copy = folder.resolve(name);
      Files.write(copy, before);
      CliRun run = CliRun.of(folder, "fmt", name);
      byte[] after = Files.readAllBytes(copy);
      if (BLESS) {
        Files.deleteIfExists(dir.resolve(FORMATTED));
        Files.deleteIfExists(dir.resolve(ERRORS));
        if (run.exit() == 0) {
          Files.write(dir.resolve(FORMATTED), after);
        } else {
          Files.writeString(dir.resolve(ERRORS), run.err(), StandardCharsets.UTF_8);
        }
        return;
      }
      if (Files.exists(dir.resolve(ERRORS))) {
        assertEquals(Files.readString(dir.resolve(ERRORS)), run.err(), "stderr of " + dir);
        assertEquals(1, run.exit(), "exit code of " + dir);
        assertArrayEquals(before, after, "a file that does not read is left as it is");
        return;
      }
      assertEquals(0, run.exit(), run.err());
      assertEquals(
          Files.readString(dir.resolve(FORMATTED)), new String(after, StandardCharsets.UTF_8));
      assertArrayEquals(Files.readAllBytes(dir.resolve(FORMATTED)), after, "the bytes of " + dir);
      CliRun again = CliRun.of(folder, "fmt", "--check", name);
      assertEquals(0, again.exit(), "formatting the canonical layout changes it:\n" + again.out());
      assertEquals("", again.out());
    } finally {
      TestPack.delete(folder);
    }
  }

  private static List<Path> folders() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** The case's input: its one {@code .plumb} file but the expectation. */
  private static List<Path> inputs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".plumb"))
          .filter(f -> !f.getFileName().toString().equals(FORMATTED))
          .sorted()
          .toList();
    }
  }
}
