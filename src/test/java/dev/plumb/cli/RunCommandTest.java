package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plumb run} as a user meets it: the live line on a terminal, the log, a timeout's message,
 * secrets in no output, and Ctrl-C (a real SIGINT to a real {@code plumb run} process).
 */
class RunCommandTest {
  static final String[] CREATE = {
    "run",
    "create",
    "host=big",
    "--pack",
    "samples/runner",
    "--values",
    "samples/runner/examples/web1.json"
  };

  /** A folder holding the runner sample and its stubs in bin. */
  static Path folder(Path dir) throws Exception {
    TestPack.writeFiles(dir.resolve(RunnerSample.PACK), TestPack.read(RunnerSample.PACK));
    RunnerSample.stubs(dir.resolve("bin"));
    return dir;
  }

  private static String[] create(String... more) {
    List<String> args = new ArrayList<>(List.of(CREATE));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** The token netauth reads and prints is masked in the terminal's output and in the log. */
  @Test
  void aSecretAppearsInNoOutput(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    CliRun.Given given = new CliRun.Given(new byte[0], RunnerSample.environment(dir), true);
    CliRun shown = CliRun.of(dir, given, create());
    CliRun logged = CliRun.of(dir, given, create("--log", "run.log"));
    CliRun json = CliRun.of(dir, given, create("--format", "json", "--log", "run.log"));
    String log = Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);
    for (String output :
        List.of(shown.out(), shown.err(), logged.out(), logged.err(), json.out(), log)) {
      assertFalse(output.contains(RunnerSample.TOKEN), output);
    }
    assertTrue(shown.out().contains("netauth: registered with ***"), shown.out());
    assertTrue(log.contains("step 6 stdout: netauth: registered with ***"), log);
    assertFalse(logged.out().contains("netauth"), "with --log the output goes to the log only");
    // the token did reach the command that needs it
    assertTrue(RunnerSample.calls(dir).contains("netauth web1"));
  }

  /** On a terminal, a live line: the bar, step k of n, the command, the time. */
  @Test
  void aTerminalShowsALiveLine(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    CliRun run =
        CliRun.of(
            dir, new CliRun.Given(new byte[0], RunnerSample.environment(dir), true), create());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err().contains("\r\033[K[#####---------------] step 3/7 mkdisk --size 2G"), run.err());
    assertTrue(run.err().endsWith("\r\033[Kplumb run: completed 7 steps in " + time(run) + "\n"));
  }

  private static String time(CliRun run) {
    String last = run.err().substring(run.err().lastIndexOf(" in ") + 4).strip();
    assertTrue(last.matches("[0-9]+\\.[0-9]s"), last);
    return last;
  }

  /** A step over --step-timeout is ended and told apart from a failure; exit code 1. */
  @Test
  void aTimeoutHasItsOwnMessage(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    CliRun run =
        CliRun.of(
            dir,
            new CliRun.Given(
                new byte[0], RunnerSample.environment(dir, "STUB_SLEEP", "netup"), false),
            create("--step-timeout", "2s", "--shell", "busybox"));
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "plumb run: step 5 of 7 timed out after 2s\n"
                    + "  command:  netup --bridge br0 web1\n"
                    + "  template: samples/runner/network.plumb:2\n"
                    + "  via:      %include network() at samples/runner/create.plumb:9\n"),
        run.err());
  }

  @Test
  void aBadDurationIsAUsageError(@TempDir Path tmp) throws Exception {
    CliRun run = CliRun.of(folder(tmp), create("--step-timeout", "soon"));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("expected --step-timeout DURATION such as 30s"), run.err());
  }

  /** SIGINT to plumb run: the running step ends, the report says where, exit code 130. */
  @ParameterizedTest
  @ValueSource(strings = {"json", "text"})
  void ctrlCInterruptsTheRunningStep(String format, @TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    List<String> command = CliRun.java(Main.class.getName());
    command.addAll(List.of(create("--format", format)));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(RunnerSample.environment(dir, "STUB_SLEEP", "vmstart"));
    Path out = dir.resolve("out.txt");
    Process plumb = builder.redirectOutput(out.toFile()).redirectErrorStream(true).start();
    Path pid = dir.resolve("calls.pid");
    // the stub writes its process id when it starts sleeping: step 7 is running
    while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
      assertTrue(plumb.isAlive(), Files.readString(out));
      Thread.sleep(20);
    }
    Tools.Result kill =
        Tools.run(List.of("kill", "-INT", Long.toString(plumb.pid())), null, Map.of());
    assertEquals(0, kill.exit(), kill.describe());
    assertTrue(plumb.waitFor(Tools.SECONDS, TimeUnit.SECONDS), "plumb run did not stop");
    String shown = Files.readString(out);
    assertEquals(130, plumb.exitValue(), shown);
    List<String> lines = shown.lines().toList();
    if (format.equals("json")) {
      assertTrue(
          lines
              .get(lines.size() - 2)
              .startsWith("{\"event\":\"step-finished\",\"step\":7,\"status\":\"interrupted\""),
          shown);
      assertTrue(
          lines
              .get(lines.size() - 1)
              .startsWith("{\"event\":\"run-finished\",\"result\":\"interrupted\",\"step\":7,"),
          shown);
    } else {
      assertTrue(
          shown.endsWith(
              "plumb run: interrupted at step 7 of 7\n"
                  + "  command:  vmstart --disk web1.img \"$VM_NAME\"\n"
                  + "  template: samples/runner/create.plumb:10\n"),
          shown);
    }
    long stub = Long.parseLong(Files.readString(pid).strip());
    assertFalse(ProcessHandle.of(stub).map(ProcessHandle::isAlive).orElse(false));
  }
}
