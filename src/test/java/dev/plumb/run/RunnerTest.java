package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.CompileOptions;
import dev.plumb.RunHandle;
import dev.plumb.RunResult;
import dev.plumb.Runner;
import dev.plumb.Script;
import dev.plumb.Shell;
import dev.plumb.Values;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public {@link Runner} against the runner sample's stub commands. */
class RunnerTest {
  private static final String SEVEN_STEPS_DONE =
      "run started 7\n"
          + "started 1\nfinished 1\nstarted 2\nfinished 2\nstarted 3\nfinished 3\n"
          + "started 4\nfinished 4\nstarted 5\nfinished 5\nstarted 6\n"
          + "6 STDOUT netauth: registered with ***\nfinished 6\nstarted 7\n"
          + "7 STDOUT vmstart: VM_NAME=web1 in web1\nfinished 7\nrun finished Completed";

  private static Runner runner(Path dir, Shell shell, RecordingListener calls, String... env) {
    return Runner.builder()
        .shell(shell)
        .environment(RunnerSample.environment(dir, env))
        .directory(dir)
        .listener(calls)
        .build();
  }

  /** Every shell runs the 7 steps in one process: the cd and export of earlier steps hold. */
  @ParameterizedTest
  @EnumSource(Shell.class)
  void everyShellRunsEveryStepInOrder(Shell shell, @TempDir Path dir) throws Exception {
    Tools.require(shell.command().get(0), shell == Shell.BUSYBOX ? "busybox-static" : "dash");
    RunnerSample.stubs(dir.resolve("bin"));
    RecordingListener calls = new RecordingListener();
    RunResult result = runner(dir, shell, calls).run(RunnerSample.create());
    assertEquals(new RunResult.Completed(7), result);
    assertEquals(SEVEN_STEPS_DONE, calls.all());
    assertEquals(
        "mkdisk --size 2G --preallocate web1.img\nnetup --bridge br0 web1\nnetauth web1\n"
            + "vmstart --disk web1.img web1\n",
        RunnerSample.calls(dir));
  }

  /** A failure at step 3 names the step, its exit status and stderr; later stubs never run. */
  @Test
  void aFailureStopsAtItsStep(@TempDir Path dir) throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    RecordingListener calls = new RecordingListener();
    RunResult result =
        runner(dir, Shell.DASH, calls, "STUB_FAIL", "mkdisk").run(RunnerSample.create());
    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
    assertEquals(3, failed.step().number());
    assertEquals(3, failed.exitStatus());
    assertEquals(List.of("mkdisk: no space left on device"), failed.stderrTail());
    assertEquals("samples/runner/big-disk.plumb", failed.step().origin().path().toString());
    assertEquals(2, failed.step().via().size());
    assertTrue(calls.all().endsWith("failed 3\nrun finished Failed"), calls.all());
    assertFalse(calls.all().contains("finished 3"), "a failed step is never told finished");
    assertEquals("mkdisk --size 2G --preallocate web1.img\n", RunnerSample.calls(dir));
  }

  /** A step that runs too long is ended, its process tree with it, and told apart. */
  @Test
  void aStepOverItsTimeIsEnded(@TempDir Path dir) throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    RecordingListener calls = new RecordingListener();
    Runner runner =
        Runner.builder()
            .environment(RunnerSample.environment(dir, "STUB_SLEEP", "netup"))
            .directory(dir)
            .stepTimeout(Duration.ofSeconds(2))
            .listener(calls)
            .build();
    RunResult result = runner.run(RunnerSample.create());
    RunResult.TimedOut timedOut = assertInstanceOf(RunResult.TimedOut.class, result);
    assertEquals(5, timedOut.step().number());
    assertEquals(Duration.ofSeconds(2), timedOut.limit());
    assertStubEnded(dir);
    assertFalse(RunnerSample.calls(dir).contains("netauth"), RunnerSample.calls(dir));
  }

  /** Cancelled from another thread: the running step's processes end, the run is interrupted. */
  @Test
  void aRunIsCancelledFromAnotherThread(@TempDir Path dir) throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    RecordingListener calls = new RecordingListener();
    RunHandle handle =
        runner(dir, Shell.SH, calls, "STUB_SLEEP", "vmstart").start(RunnerSample.create());
    Path pid = dir.resolve("calls.pid");
    while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
      Thread.sleep(20);
    }
    handle.cancel();
    RunResult.Interrupted interrupted =
        assertInstanceOf(RunResult.Interrupted.class, handle.await());
    assertEquals(7, interrupted.step().number());
    assertTrue(handle.isDone());
    assertStubEnded(dir);
    assertTrue(calls.all().endsWith("failed 7\nrun finished Interrupted"), calls.all());
  }

  /** The stub that slept (its process id in calls.pid) is gone. */
  private static void assertStubEnded(Path dir) throws Exception {
    long pid = Long.parseLong(Files.readString(dir.resolve("calls.pid")).strip());
    assertFalse(
        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "stub " + pid + " lives");
  }

  /** A secret missing from the environment stops the run before step 1: no stub runs. */
  @Test
  void aMissingSecretRunsNothing(@TempDir Path dir) throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    Map<String, String> env = new java.util.HashMap<>(RunnerSample.environment(dir));
    env.remove("PLUMB_SECRET_VM_TOKEN");
    RecordingListener calls = new RecordingListener();
    RunResult result =
        Runner.builder()
            .environment(env)
            .directory(dir)
            .listener(calls)
            .build()
            .run(RunnerSample.create());
    RunResult.NotStarted refused = assertInstanceOf(RunResult.NotStarted.class, result);
    assertEquals(List.of("PLUMB_SECRET_VM_TOKEN"), refused.missingSecrets());
    assertEquals("run finished NotStarted", calls.all());
    assertEquals("", RunnerSample.calls(dir));
  }

  /** umask, cd and export of one step hold in the next: one shell runs them all. */
  @Test
  void shellStateCarriesFromStepToStep(@TempDir Path dir) throws Exception {
    Script script =
        TestPack.start(
                dir.resolve("pack"),
                "mkdir -p {{ vm.dir }}\ncd {{ vm.dir }}\numask 027\nexport STATE=kept\nstate\n")
            .script(
                "start",
                TestPack.QEMU,
                Values.of(Map.of("vm", Map.of("dir", "made"))),
                CompileOptions.defaults());
    Tools.stub(
        Files.createDirectories(dir.resolve("bin")),
        "state",
        "echo \"$(umask) $STATE ${PWD##*/}\"\n");
    RecordingListener calls = new RecordingListener();
    RunResult result =
        Runner.builder()
            .environment(RunnerSample.environment(dir))
            .directory(dir)
            .listener(calls)
            .build()
            .run(script);
    assertEquals(new RunResult.Completed(5), result, calls.all());
    assertTrue(calls.all().contains("5 STDOUT 0027 kept made"), calls.all());
  }

  /**
   * A listener that throws stops the run at once and the caller gets what it threw; the run's
   * private folder (the steps' raw output) is gone after the run.
   */
  @Test
  void aListenerThatThrowsStopsTheRun(@TempDir Path dir) throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    Tools.stub(dir.resolve("bin"), "netup", "echo \"$PLUMB_RUN_DIR\" > run-dir\n");
    RecordingListener calls =
        new RecordingListener() {
          @Override
          public synchronized void stepStarted(dev.plumb.Step step) {
            super.stepStarted(step);
            if (step.number() == 6) {
              throw new IllegalArgumentException("listener broke at 6");
            }
          }
        };
    Runner runner = runner(dir, Shell.SH, calls, "STUB_SLEEP", "netauth");
    IllegalStateException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> runner.run(RunnerSample.create()));
    assertEquals("listener broke at 6", thrown.getCause().getMessage());
    assertFalse(calls.calls.contains("started 7"), calls.all());
    Path folder = Path.of(Files.readString(dir.resolve("vms/web1/run-dir")).strip());
    assertTrue(folder.isAbsolute(), folder.toString());
    assertFalse(Files.exists(folder), folder + " is left");
  }
}
