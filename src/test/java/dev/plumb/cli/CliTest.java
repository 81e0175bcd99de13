package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.golden.GoldenCase;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's contract: exit codes, streams, and -o writing all or nothing. */
class CliTest {
  private static final Path TUTORIAL = Path.of("samples", "tutorial").toAbsolutePath();

  /** {@code plumb compile start} of the tutorial pack with its web1 values, then {@code more}. */
  static String[] compile(String... more) {
    return Stream.concat(
            Stream.of(
                "compile",
                "start",
                "host=freebsd",
                "hypervisor=bhyve",
                "--pack",
                TUTORIAL.toString(),
                "--values",
                TUTORIAL.resolve("examples/web1.json").toString()),
            Stream.of(more))
        .toArray(String[]::new);
  }

  @Test
  void writesTheScriptAtomicallyWithMode0755(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of(dir, compile("-o", "start.sh"));
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    Path script = dir.resolve("start.sh");
    assertTrue(Files.readString(script).startsWith("#!/bin/sh\n"));
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left beside the script");
    }
  }

  @Test
  void theSourceMapLeadsEachLineBackToItsTemplate(@TempDir Path dir) throws Exception {
    Path pack = Files.createDirectories(dir.resolve("pack"));
    TestPack.writeFiles(pack, GoldenCase.named("ok-fragment").pack());
    CliRun run =
        CliRun.of(
            dir,
            "compile",
            "start",
            "host=freebsd",
            "hypervisor=bhyve",
            "--pack",
            pack.toString(),
            "--set",
            "vm.name=web1",
            "-o",
            "start.sh",
            "--source-map");
    assertEquals(0, run.exit(), run.err());
    var map =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("start.sh.map").toFile());
    assertEquals(1, map.path("version").asInt());
    assertEquals("start.sh", map.path("script").asText());
    assertTrue(map.path("lines").get(0).path("source").isNull(), "the #! line is plumb's own");
    // line 5 is the first line of the tap fragment, reached through an %include on start.plumb:2
    var line = map.path("lines").get(4);
    assertEquals(5, line.path("line").asInt());
    assertTrue(line.path("source").path("file").asText().endsWith("net/tap.plumb"));
    assertEquals(3, line.path("source").path("line").asInt());
    assertEquals("text", line.path("segments").get(0).path("kind").asText());
    assertEquals("hole", line.path("segments").get(1).path("kind").asText());
    assertEquals(10, line.path("segments").get(1).path("columns").get(0).asInt());
    assertEquals(10, line.path("segments").get(1).path("source").path("columns").get(0).asInt());
    assertEquals("%include", line.path("via").get(0).path("directive").asText());
    assertEquals(2, line.path("via").get(0).path("line").asInt());
    assertEquals(
        "rw-r--r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("start.sh.map"))));
  }

  @Test
  void aFailedCompileWritesNothingAndKeepsTheOldFile(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("start.sh");
    Files.writeString(script, "old\n");
    CliRun run = CliRun.of(dir, compile("-o", "start.sh", "--set", "vm.cpus=999"));
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("error[P504]"), run.err());
    assertEquals("old\n", Files.readString(script));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void anUnwritableOutputIsAnErrorNotATrace(@TempDir Path dir) {
    CliRun run = CliRun.of(dir, compile("-o", "missing/folder/start.sh"));
    assertEquals(1, run.exit());
    assertTrue(
        run.err()
            .startsWith(
                "missing/folder/start.sh: error[P414]: cannot write the script: its folder does not exist"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compile",
        "bogus",
        "compile start nonsense",
        "explain P999",
        "lint --nope",
        "compile start host=freebsd --set novalue"
      })
  void usageErrorsExitWith2(String args, @TempDir Path dir) {
    CliRun run = CliRun.line(dir, args);
    assertEquals(2, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("plumb: "), run.err());
  }

  @Test
  void versionAndHelpGoToStdout(@TempDir Path dir) {
    CliRun version = CliRun.of(dir, "--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("plumb "));
    CliRun help = CliRun.of(dir, "compile", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("AXIS=VALUE"));
  }

  @Test
  void diagnosticsGoToStderrAndTheScriptToStdout(@TempDir Path dir) {
    CliRun ok = CliRun.of(dir, compile());
    assertEquals(0, ok.exit());
    assertTrue(ok.out().contains("bhyveload -m 2G"));
    assertEquals("", ok.err());
    CliRun bad = CliRun.of(dir, compile("--set", "vm.nmae=x"));
    assertEquals(1, bad.exit());
    assertEquals("", bad.out());
    assertTrue(bad.err().contains("did you mean 'vm.name'?"), bad.err());
  }

  /** A terminal whose output nobody reads. */
  private static Terminal discarding(Path dir) {
    return new Terminal(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        false,
        dir);
  }

  @Test
  void internalErrorsPrintNoTrace(@TempDir Path dir) {
    Terminal terminal = discarding(dir);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal capture =
        new Terminal(
            terminal.out(), new PrintStream(err, true, StandardCharsets.UTF_8), false, dir);
    assertEquals(1, Cli.internalError(new IllegalStateException("boom"), capture));
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith(
            "plumb: internal error, please report: IllegalStateException: boom\nplumb "),
        text);
    assertFalse(text.contains("\tat "), text);
  }

  @Test
  void aSubcommandMadeAloneIsTheOneHelpLists(@TempDir Path dir) {
    Terminal terminal = discarding(dir);
    // the names the fast path matches are the commands' own, and all of them are listed
    CommandLine all = Commands.commandLine(terminal);
    assertEquals(
        List.copyOf(all.getSubcommands().keySet()),
        Commands.SUBCOMMANDS.stream().map(Commands.Subcommand::name).toList());
    for (Commands.Subcommand sub : Commands.SUBCOMMANDS) {
      CommandLine alone = Commands.commandLine(terminal, new String[] {sub.name(), "--help"});
      assertEquals(List.of(sub.name()), List.copyOf(alone.getSubcommands().keySet()));
      assertEquals(
          all.getSubcommands().get(sub.name()).getUsageMessage(),
          alone.getSubcommands().get(sub.name()).getUsageMessage(),
          sub.name());
    }
  }
}
