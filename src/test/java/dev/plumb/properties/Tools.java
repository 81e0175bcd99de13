package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the external programs the properties check against (shfmt, dash, bash, busybox). A missing
 * program fails the test with what to install: never a silent skip.
 */
final class Tools {
  private Tools() {}

  /** What a program printed and its exit code. */
  record Result(int exit, String out, String err) {}

  static void require(String program, String debianPackage) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return;
      }
    }
    fail(
        program
            + " is not installed: run 'apt-get install "
            + debianPackage
            + "' (bin/test does it)");
  }

  static Result run(List<String> command, byte[] input, Path dir, java.util.Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    if (env != null) {
      builder.environment().putAll(env);
    }
    Path out = Files.createTempFile("plumb-out", ".txt");
    Path err = Files.createTempFile("plumb-err", ".txt");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      try (var stdin = process.getOutputStream()) {
        stdin.write(input);
      }
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("timed out: " + command);
      }
      // decoded leniently: a shell's error message may cut a character in two
      return new Result(
          process.exitValue(),
          new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
