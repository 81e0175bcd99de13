package dev.plumb.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one runner of external programs the tests check against or drive (shfmt, dash, bash, busybox,
 * shellcheck, qemu, socat, a JVM…), and the stub commands that stand in for others and log their
 * calls. A missing program fails the test with the Debian package to install: never a silent skip.
 */
public final class Tools {
  /** How long a program may run before the test fails. */
  public static final int SECONDS = 60;

  private Tools() {}

  /** What a program printed and its exit code. */
  public record Result(int exit, String out, String err) {
    public String describe() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** The program's absolute path on PATH, if it is there. */
  public static Optional<Path> find(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir, program);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The program's path, or a failed test naming the Debian package to install: never a skip. */
  public static Path require(String program, String debianPackage) {
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

  /** As {@link #run(List, byte[], Path, Map)}, with nothing on stdin. */
  public static Result run(List<String> command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    return run(command, new byte[0], dir, env);
  }

  /**
   * Runs {@code command} with {@code stdin}, in {@code dir} (this process's folder when null), with
   * {@code env} added to the environment, bounded to {@link #SECONDS}. Its output is decoded
   * leniently: a shell's error message may cut a character in two.
   */
  public static Result run(List<String> command, byte[] stdin, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    return run(command, stdin, dir, env, SECONDS);
  }

  /** As {@link #run(List, byte[], Path, Map)}, bounded to {@code seconds}. */
  public static Result run(
      List<String> command, byte[] stdin, Path dir, Map<String, String> env, int seconds)
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
        in.write(stdin);
      }
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        fail("timed out after " + seconds + " s: " + command);
      }
      return new Result(
          process.exitValue(),
          new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * Writes {@code script} to {@code script.sh} in {@code work} and runs it there with {@code shell}
   * (a command such as {@code [bash, --posix]}), whatever its outcome.
   */
  public static Result runScript(
      List<String> shell, String script, Path work, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.writeString(work.resolve("script.sh"), script, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(shell);
    command.add("script.sh");
    return run(command, work, env);
  }

  /**
   * Writes the command {@code name} into {@code bin}: each call appends its argument count, its
   * name and its arguments, each ended by a NUL byte, to the file {@code $STUB_LOG}, then runs
   * {@code then} (shell text, empty to do nothing more).
   */
  public static void stub(Path bin, String name, String then) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(
        file,
        "#!/bin/sh\nprintf '%s\\0' \"$#\" '" + name + "' \"$@\" >> \"$STUB_LOG\"\n" + then,
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /**
   * Every call the stubs logged in {@code log}, in order: the command's name, then its arguments.
   */
  public static List<List<String>> stubCalls(Path log) throws IOException {
    String[] fields =
        Files.exists(log)
            ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\0", -1)
            : new String[] {""};
    List<List<String>> calls = new ArrayList<>();
    int at = 0;
    while (at < fields.length - 1) {
      int count = Integer.parseInt(fields[at]);
      calls.add(List.copyOf(List.of(fields).subList(at + 1, at + 2 + count)));
      at += 2 + count;
    }
    return calls;
  }

  /** The arguments of each call of the stub {@code name} in {@code log}, in order. */
  public static List<List<String>> stubArguments(Path log, String name) throws IOException {
    return stubCalls(log).stream()
        .filter(call -> call.get(0).equals(name))
        .map(call -> call.subList(1, call.size()))
        .toList();
  }
}
