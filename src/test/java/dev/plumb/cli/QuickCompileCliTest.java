package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.CliRun.Given;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compile read without picocli prints, writes and exits exactly as the same compile read by
 * picocli, and loads no picocli class.
 */
class QuickCompileCliTest {
  /** A compile of the built-in pack: the one whose cold start the lean reading is for. */
  private static final String[] BUILT_IN = {
    "compile",
    "start",
    "host=freebsd",
    "hypervisor=bhyve",
    "guest=freebsd",
    "--values",
    Path.of("templates", "examples", "freebsd.json").toAbsolutePath().toString()
  };

  /**
   * Runs {@code args} through {@link Cli#run}, which must read them without picocli, and through
   * picocli, each in a folder of its own below {@code dir}: both print and exit alike; the lean
   * run's outcome.
   */
  private static CliRun bothWays(Path dir, Given given, String... args) throws IOException {
    assertNotNull(QuickCompile.parse(args, new Properties()), "read without picocli");
    Path lean = Files.createDirectories(dir.resolve("lean"));
    Path picocli = Files.createDirectories(dir.resolve("picocli"));
    CliRun leanRun = CliRun.of(lean, given, args);
    CliRun picocliRun = CliRun.of(picocli, given, terminal -> Commands.run(args, terminal));
    assertEquals(picocliRun, leanRun);
    return leanRun;
  }

  private static CliRun bothWays(Path dir, String... args) throws IOException {
    return bothWays(dir, Given.NOTHING, args);
  }

  @Test
  void aScript(@TempDir Path dir) throws IOException {
    CliRun run = bothWays(dir, BUILT_IN);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("#!/bin/sh\n"), run.out());
  }

  @Test
  void anAnnotatedScriptSayingWhichPackOnATerminal(@TempDir Path dir) throws IOException {
    CliRun run = bothWays(dir, Given.NOTHING.onTerminal(), CliTest.compile("--annotate"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\n# "), run.out());
    assertTrue(run.err().startsWith("plumb compile: pack 'tutorial' from "), run.err());
  }

  @Test
  void valuesFromStandardInput(@TempDir Path dir) throws IOException {
    CliRun run =
        bothWays(
            dir,
            Given.NOTHING.withStdin("{\"vm\": {\"name\": \"web2\"}}"),
            CliTest.compile("--values", "-"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("web2"), run.out());
  }

  @Test
  void anUnknownAxis(@TempDir Path dir) throws IOException {
    CliRun run = bothWays(dir, "compile", "start", "host=freebsd", "colour=red");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("did you mean to pass --pack?"), run.err());
  }

  @Test
  void anAxisGivenTwice(@TempDir Path dir) throws IOException {
    CliRun run = bothWays(dir, "compile", "start", "host=freebsd", "host=linux");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("error[P405]"), run.err());
  }

  @Test
  void badValuesFiles(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"vm\": ");
    CliRun run =
        bothWays(dir, CliTest.compile("--values", broken.toString(), "--values", "missing.json"));
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("missing.json"), run.err());
  }

  @Test
  void aScriptAndItsSourceMapWrittenToFiles(@TempDir Path dir) throws IOException {
    CliRun run = bothWays(dir, CliTest.compile("--source-map", "-o", "start.sh"));
    assertEquals(0, run.exit(), run.err());
    for (String file : List.of("start.sh", "start.sh.map")) {
      assertEquals(
          Files.readString(dir.resolve("picocli").resolve(file)),
          Files.readString(dir.resolve("lean").resolve(file)),
          file);
    }
  }

  @Test
  void anUnwritableOutput(@TempDir Path dir) throws IOException {
    CliRun run = bothWays(dir, CliTest.compile("--output", "missing/start.sh"));
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("missing/start.sh: error[P414]"), run.err());
  }

  @Test
  void usageErrorsFoundOnceReadStillSayWhatTheySaid(@TempDir Path dir) {
    for (List<String> args :
        List.of(
            List.of("compile", "start", "host"),
            List.of("compile", "start", "--source-map"),
            List.of("compile", "start", "--set", "novalue"),
            List.of("compile", "start", "--values", "-", "--values", "-"))) {
      assertNull(QuickCompile.parse(args.toArray(String[]::new), new Properties()));
    }
    CliRun axis = CliRun.of(dir, "compile", "start", "host=freebsd", "bhyve", "host=linux");
    assertEquals(
        new CliRun(
            2,
            "",
            "plumb: expected AXIS=VALUE, got 'bhyve'\nrun 'plumb compile --help' for usage\n"),
        axis);
    CliRun sourceMap = CliRun.of(dir, "compile", "start", "host=freebsd", "--source-map");
    assertEquals(
        new CliRun(
            2, "", "plumb: --source-map needs -o FILE\nrun 'plumb compile --help' for usage\n"),
        sourceMap);
  }

  @Test
  void aPlainCompileLoadsNoPicocliClass(@TempDir Path dir) throws Exception {
    List<String> logClasses = List.of("-Xlog:class+load=info");
    CliRun plain = CliRun.process(dir, logClasses, BUILT_IN);
    assertEquals(0, plain.exit(), plain.errHead());
    assertTrue(plain.out().contains(" dev.plumb.cli.CompileRun "), "the log names each class");
    assertFalse(plain.out().contains(" picocli."), "a picocli class was loaded");
    CliRun help = CliRun.process(dir, logClasses, "compile", "--help");
    assertTrue(help.out().contains(" picocli.CommandLine "), "help is picocli's");
  }
}
