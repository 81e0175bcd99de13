package dev.plumb.testing;

import dev.plumb.cli.Cli;
import dev.plumb.cli.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One run of the command line, with what it printed and its exit code. */
public record CliRun(int exit, String out, String err) {
  /** Runs {@code plumb ARGS} in this JVM, in folder {@code dir}, without colour. */
  public static CliRun of(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            args,
            new Terminal(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                dir.toAbsolutePath()));
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static CliRun of(Path dir, List<String> args) {
    return of(dir, args.toArray(String[]::new));
  }

  /** Runs a command line given as shell words ({@link ShellWords}), e.g. {@code "lint pack"}. */
  public static CliRun line(Path dir, String commandLine) {
    return of(dir, ShellWords.split(commandLine));
  }

  /** The first lines of stderr, enough to say what went wrong. */
  public String errHead() {
    return err.length() > 2000 ? err.substring(0, 2000) + "…" : err;
  }
}
