package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.RunHandle;
import dev.plumb.RunJournal;
import dev.plumb.RunResult;
import dev.plumb.Runner;
import dev.plumb.Script;
import dev.plumb.Shell;
import dev.plumb.Values;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a resume refuses (nothing runs, the reason names the step and its template line) and what it
 * restores: the cd, umask and export of skipped steps, in every shell.
 */
class ResumeRefusalTest {
  private static final Cell CELL = Cell.of("host", "big");

  @TempDir Path dir;

  private Path journal() {
    return dir.resolve("run.journal");
  }

  private Runner runner(Shell shell, String... env) {
    return Runner.builder()
        .shell(shell)
        .environment(RunnerSample.environment(dir, env))
        .directory(dir)
        .build();
  }

  /**
   * A script of a pack made of {@code body}, on the qemu cell; {@code gate} fails when GATE=closed.
   */
  private Script script(String pack, String body) throws Exception {
    Tools.stub(
        Files.createDirectories(dir.resolve("bin")),
        "gate",
        "if [ \"${GATE:-}\" = closed ]; then exit 4; fi\n");
    Tools.stub(dir.resolve("bin"), "state", "echo \"$(umask) $STATE ${PWD##*/}\"\n");
    return TestPack.start(dir.resolve(pack), body)
        .script(
            "start",
            TestPack.QEMU,
            Values.of(Map.of("vm", Map.of("dir", "made"))),
            CompileOptions.defaults());
  }

  private RunResult.NotStarted refused(RunResult result) {
    return assertInstanceOf(RunResult.NotStarted.class, result);
  }

  private RunResult resume(Script script) {
    return runner(Shell.DASH).run(script, RunJournal.resume(journal(), "start", TestPack.QEMU));
  }

  private void failAtTheGate(Script script) {
    RunResult failed =
        runner(Shell.DASH, "GATE", "closed")
            .run(script, RunJournal.record(journal(), "start", TestPack.QEMU));
    assertInstanceOf(RunResult.Failed.class, failed);
  }

  /** The state test: cd, umask and export of skipped steps hold in the resumed ones. */
  @ParameterizedTest
  @EnumSource(Shell.class)
  void theStateOfSkippedStepsHoldsInEveryShell(Shell shell) throws Exception {
    Tools.require(shell.command().get(0), shell == Shell.BUSYBOX ? "busybox-static" : "dash");
    Script script =
        script(
            "pack",
            "mkdir -p {{ vm.dir }}\ncd {{ vm.dir }}\numask 027\nexport STATE=kept\ngate\nstate\n");
    RunResult failed =
        runner(shell, "GATE", "closed")
            .run(script, RunJournal.record(journal(), "start", TestPack.QEMU));
    assertEquals(5, assertInstanceOf(RunResult.Failed.class, failed).step().number());
    RecordingListener calls = new RecordingListener();
    RunResult result =
        Runner.builder()
            .shell(shell)
            .environment(RunnerSample.environment(dir))
            .directory(dir)
            .listener(calls)
            .build()
            .run(script, RunJournal.resume(journal(), "start", TestPack.QEMU));
    assertEquals(new RunResult.Completed(6), result);
    assertTrue(calls.all().contains("6 STDOUT 0027 kept made\n"), calls.all());
    assertTrue(!calls.all().contains("started 4"), "skipped steps are not reported as run");
  }

  @Test
  void aChangedStepIsNamedWithItsTemplateLine() throws Exception {
    failAtTheGate(script("pack", "mkdir -p a\ncd a\ngate\nstate\n"));
    RunResult.NotStarted not = refused(resume(script("pack2", "mkdir -p a\ncd b\ngate\nstate\n")));
    assertTrue(not.reason().contains("step 2 ("), not.reason());
    assertTrue(
        not.reason().contains("start.plumb:3) is not the command it was when"), not.reason());
  }

  @Test
  void aStepCountThatDiffersIsSaid() throws Exception {
    failAtTheGate(script("pack", "mkdir -p a\ngate\nstate\n"));
    RunResult.NotStarted not = refused(resume(script("pack2", "mkdir -p a\ngate\n")));
    assertTrue(
        not.reason().contains("it has 2 steps now, 3 when the journal was written"), not.reason());
  }

  @Test
  void aSkippedStepWhoseStateCannotBeRestoredIsNamed() throws Exception {
    Script script = script("pack", "echo 7 >id\nread -r ID <id\ngate\nstate\n");
    failAtTheGate(script);
    RunResult.NotStarted not = refused(resume(script));
    assertTrue(
        not.reason().contains("skipped step 2 (") && not.reason().contains("'read'"), not.reason());
    assertEquals(
        new JournalReading.End.Failed(3, 4),
        JournalReading.read(journal()).end(),
        "a refusal writes nothing");
  }

  @Test
  void aFileThatIsNoJournalIsRefused() throws Exception {
    Files.writeString(journal(), "plumb-journal 1 ~00000000\n");
    RunResult.NotStarted not = refused(resume(script("pack", "gate\n")));
    assertTrue(not.reason().contains("is not a journal plumb can resume from"), not.reason());
  }

  /**
   * plumb killed during step 3 (its outcome never written, the shell's markers say it began): the
   * resume refuses to guess, naming the step; with the step named for a re-run it goes on.
   */
  @Test
  void aStepInFlightWhenPlumbDiedIsRerunOnlyWhenAsked() throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    Script script = RunnerSample.create();
    runner(Shell.DASH, "STUB_FAIL", "mkdisk")
        .run(script, RunJournal.record(journal(), "create", CELL));
    List<String> lines = Files.readAllLines(journal(), StandardCharsets.UTF_8);
    assertTrue(lines.get(lines.size() - 1).startsWith("failed 3 "));
    Files.write(journal(), lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
    RunResult.NotStarted not =
        refused(runner(Shell.DASH).run(script, RunJournal.resume(journal(), "create", CELL)));
    assertTrue(
        not.reason().contains("step 3 (samples/runner/big-disk.plumb:")
            && not.reason().contains("--rerun-step 3"),
        not.reason());
    RunResult.NotStarted wrong =
        refused(
            runner(Shell.DASH)
                .run(script, RunJournal.resume(journal(), "create", CELL).rerunningStep(4)));
    assertTrue(wrong.reason().contains("--rerun-step 4 does not name"), wrong.reason());
    Files.writeString(dir.resolve("calls"), "");
    RunResult done =
        runner(Shell.DASH)
            .run(script, RunJournal.resume(journal(), "create", CELL).rerunningStep(3));
    assertEquals(new RunResult.Completed(7), done);
    assertTrue(RunnerSample.calls(dir).startsWith("mkdisk "), RunnerSample.calls(dir));
  }

  /** While the journal's shell runs, a resume is refused; nothing runs twice at once. */
  @Test
  void aShellStillRunningIsRefused() throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    Script script = RunnerSample.create();
    RunHandle first =
        runner(Shell.DASH, "STUB_SLEEP", "mkdisk")
            .start(script, RunJournal.record(journal(), "create", CELL));
    try {
      // until mkdisk sleeps in step 3 (or the run is over, which the next line reports)
      while (Files.notExists(dir.resolve("calls.pid")) && !first.isDone()) {
        Thread.sleep(10);
      }
      assertTrue(Files.exists(dir.resolve("calls.pid")), "step 3's command is running");
      RunResult.NotStarted not =
          refused(runner(Shell.DASH).run(script, RunJournal.resume(journal(), "create", CELL)));
      assertTrue(not.reason().contains("is still running"), not.reason());
    } finally {
      first.cancel();
      first.await();
    }
    assertEquals(
        new JournalReading.End.Stopped(3, "interrupted"), JournalReading.read(journal()).end());
  }
}
