package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README's "Running scripts" tells a newcomer to try from a clone, as a newcomer types it:
 * {@code plumb plan} on the built-in pack; {@code plumb run} of the runner sample with the stand-in
 * commands of {@code samples/runner/stubs} first on PATH, failing at its third step with the
 * template line, then {@code --resume} finishing it.
 */
class RunWalkthroughTest {
  private static final Path SAMPLE = Path.of("samples", "runner").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void planListsTheStepsOfTheBuiltInPackWithTheirTemplateLines() throws Exception {
    Tools.Result plan =
        plumb(
            Map.of(),
            "plan",
            "start",
            "host=linux",
            "hypervisor=qemu",
            "guest=linux",
            "--values",
            Path.of("templates", "examples", "linux.json").toAbsolutePath().toString());
    assertEquals(0, plan.exit(), plan.describe());
    assertTrue(plan.out().startsWith("1. templates/qemu/start.plumb:"), plan.describe());
    assertTrue(plan.out().contains("qemu-system-x86_64 -name web1"), plan.describe());
  }

  @Test
  void aRunFailsAtTheStubbedStepWithItsTemplateLineAndTheResumeFinishesIt() throws Exception {
    String journal = dir.resolve("create.journal").toString();
    Tools.Result failed = plumb(Map.of("STUB_FAIL", "mkdisk"), run("--journal", journal));
    assertEquals(1, failed.exit(), failed.describe());
    assertTrue(failed.err().contains("step 3 of 7 failed with exit status 3"), failed.describe());
    assertTrue(
        failed.err().contains("template: " + SAMPLE.resolve("big-disk.plumb") + ":2"),
        failed.describe());
    assertTrue(failed.err().contains("mkdisk: no space left on device"), failed.describe());

    Tools.Result resumed = plumb(Map.of(), run("--resume", journal));
    assertEquals(0, resumed.exit(), resumed.describe());
    assertTrue(!resumed.err().contains("step 1/7"), "steps 1 and 2 are not run again");
    assertTrue(resumed.err().contains("step 3/7"), resumed.describe());
    // step 2's cd, replayed before step 3, holds in step 7
    assertTrue(resumed.out().contains("vmstart: VM_NAME=web1 in web1"), resumed.describe());
    assertEquals(
        List.of(
            "mkdisk --size 2G --preallocate web1.img",
            "mkdisk --size 2G --preallocate web1.img",
            "netup --bridge br0 web1",
            "netauth web1",
            "vmstart --disk web1.img web1"),
        Files.readAllLines(dir.resolve("calls")),
        "the failed mkdisk, then each command once");
  }

  private static String[] run(String... more) {
    List<String> words =
        new ArrayList<>(
            List.of(
                "run",
                "create",
                "host=big",
                "--pack",
                SAMPLE.toString(),
                "--values",
                SAMPLE.resolve("examples").resolve("web1.json").toString()));
    words.addAll(List.of(more));
    return words.toArray(String[]::new);
  }

  /** plumb with the stubs first on PATH, their log in the test's folder, run in that folder. */
  private Tools.Result plumb(Map<String, String> more, String... words) throws Exception {
    Map<String, String> env = new HashMap<>(more);
    env.put("PATH", SAMPLE.resolve("stubs") + ":" + System.getenv("PATH"));
    env.put("STUB_LOG", dir.resolve("calls").toString());
    env.put("PLUMB_SECRET_VM_TOKEN", "t0ken");
    List<String> command = new ArrayList<>(CliRun.java(Main.class.getName()));
    command.addAll(List.of(words));
    return Tools.run(command, dir, env);
  }
}
