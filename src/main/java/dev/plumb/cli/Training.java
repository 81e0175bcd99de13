package dev.plumb.cli;

import dev.plumb.Pack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run {@code bin/plumb} makes a class-data archive of (AppCDS) once per build: the classes a
 * run loads are in the archive, and load several times faster from it. One JVM may leave only one
 * archive, so this run does what the commands people start most often do: a compile served by its
 * pack's verdict (as every compile after the first is), read without picocli, then a {@code build}
 * of the built-in pack, which loads, checks and compiles everything through picocli.
 */
public final class Training {
  private Training() {}

  /**
   * Runs the workload in {@code args[0]}, an empty folder it writes to; prints nothing, exits with
   * 1 when a step failed (the archive is then not worth keeping).
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]).toAbsolutePath();
    System.exit(run(folder) ? Cli.OK : Cli.FAILED);
  }

  /** The workload: whether every step succeeded. */
  static boolean run(Path folder) throws IOException {
    Files.copy(Pack.builtInFolder().resolve("examples/linux.json"), folder.resolve("linux.json"));
    PrintStream none =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Terminal cached =
        new Terminal(
            none,
            none,
            false,
            folder,
            System.in,
            Map.of("PLUMB_CACHE", folder.resolve("cache").toString()),
            false);
    String[] compile = {
      "compile", "start", "host=linux", "hypervisor=qemu", "guest=linux", "--values", "linux.json"
    };
    // the first compile keeps the verdict that the second, as any later compile, is served by
    boolean ok = Cli.run(compile, cached) == Cli.OK && Cli.run(compile, cached) == Cli.OK;
    return ok && Cli.run(new String[] {"build", "-o", "out"}, cached) == Cli.OK;
  }
}
