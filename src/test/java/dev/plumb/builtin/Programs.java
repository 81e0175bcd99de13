package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds and runs the host programs these tests need; a missing one fails with its package. */
final class Programs {
  private Programs() {}

  /** What a program printed and its exit code. */
  record Result(int exit, String out, String err) {
    String describe() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** The program's absolute path on PATH, if it is there. */
  static Optional<Path> find(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir, program);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The program's path, or a failed test naming the Debian package to install: never a skip. */
  static Path require(String program, String debianPackage) {
    Optional<Path> found = find(program);
    if (found.isEmpty()) {
      fail(
          program
              + " is not installed: run 'apt-get install "
              + debianPackage
              + "' (bin/test does it)");
    }
    return found.get();
  }

  /**
   * Runs a command with stdin, an optional working folder and extra environment, bounded to 60 s.
   */
  static Result run(List<String> command, String stdin, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    builder.environment().putAll(env);
    // files, not pipes: a daemonizing child (QEMU) keeps inherited pipes open
    Path out = Files.createTempFile("plumb-out", ".txt");
    Path err = Files.createTempFile("plumb-err", ".txt");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("timed out after 60 s: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
