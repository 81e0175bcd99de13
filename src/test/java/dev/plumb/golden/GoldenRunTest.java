package dev.plumb.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.ShellWords;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden runs of {@code src/test/golden-run}: each folder holds a {@code plumb run} command
 * line ({@code cmd}) that runs a sample pack against the stub commands of {@link RunnerSample}, an
 * optional {@code env} (lines {@code NAME=VALUE} added to the run's environment; {@code -NAME}
 * removes one, such as the secret), and what it gave: {@code expected.out}, {@code expected.err},
 * {@code expected.exit} and {@code expected.calls} (the stubs' calls, one a line). Durations are
 * masked ({@code "duration_ms":"*"}, {@code <time>}): they are never compared. The command runs in
 * this JVM in a fresh folder holding a copy of {@code samples} and the stubs in {@code bin}. Run
 * with {@code -Dplumb.bless=true} to rewrite every expectation from what plumb does now.
 */
class GoldenRunTest {
  static final Path ROOT = Path.of("src", "test", "golden-run");
  private static final boolean BLESS = Boolean.getBoolean("plumb.bless");
  private static final List<String> EXPECTED =
      List.of("expected.out", "expected.err", "expected.exit", "expected.calls");
  private static final Pattern MILLIS = Pattern.compile("\"(duration_ms)\":[0-9]+");
  private static final Pattern TIME =
      Pattern.compile("\\b([0-9]+\\.[0-9]s|[0-9]+m[0-9]{2}s|[0-9]+h[0-9]{2}m)\\b");

  @TestFactory
  Stream<DynamicTest> goldenRuns() throws IOException {
    return cases().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  /** Every case has a one-line cmd that runs plumb run, and no file but its inputs and four. */
  @Test
  void everyCaseIsComplete() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path dir : cases()) {
      String cmd = Files.readString(dir.resolve("cmd"));
      if (!cmd.startsWith("plumb run ") || cmd.indexOf('\n') != cmd.length() - 1) {
        problems.add(dir + ": cmd is not one line of plumb run");
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (!name.equals("cmd") && !name.equals("env") && !EXPECTED.contains(name)) {
            problems.add(f + ": not an input nor an expectation");
          }
        }
      }
      EXPECTED.stream()
          .filter(name -> !BLESS && !Files.exists(dir.resolve(name)))
          .forEach(name -> problems.add(dir + ": no " + name));
    }
    assertFalse(cases().isEmpty(), "no cases in " + ROOT);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void check(Path dir) throws IOException {
    Path folder = Files.createTempDirectory("plumb-golden-run");
    try {
      Map<String, byte[]> samples = TestPack.read(Path.of("samples"));
      samples.forEach(
          (name, bytes) -> TestPack.writeFiles(folder.resolve("samples"), Map.of(name, bytes)));
      RunnerSample.stubs(folder.resolve("bin"));
      List<String> words = ShellWords.split(Files.readString(dir.resolve("cmd")).strip());
      CliRun run =
          CliRun.of(
              folder,
              new CliRun.Given(new byte[0], environment(dir, folder), false),
              words.subList(1, words.size()).toArray(String[]::new));
      List<String> got =
          List.of(
              masked(run.out()), masked(run.err()), run.exit() + "\n", RunnerSample.calls(folder));
      for (int i = 0; i < EXPECTED.size(); i++) {
        Path expected = dir.resolve(EXPECTED.get(i));
        if (BLESS) {
          Files.writeString(expected, got.get(i), StandardCharsets.UTF_8);
        } else {
          assertEquals(
              Files.readString(expected, StandardCharsets.UTF_8), got.get(i), expected.toString());
        }
      }
    } finally {
      TestPack.delete(folder);
    }
  }

  /** The stubs' environment with the case's {@code env} lines applied. */
  private static Map<String, String> environment(Path dir, Path folder) throws IOException {
    Map<String, String> env = new java.util.HashMap<>(RunnerSample.environment(folder));
    Path file = dir.resolve("env");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("-")) {
          env.remove(line.substring(1));
        } else {
          env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
      }
    }
    return env;
  }

  static String masked(String text) {
    return TIME.matcher(MILLIS.matcher(text).replaceAll("\"$1\":\"*\"")).replaceAll("<time>");
  }
}
