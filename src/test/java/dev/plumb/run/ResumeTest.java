package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.RunJournal;
import dev.plumb.RunResult;
import dev.plumb.Runner;
import dev.plumb.Shell;
import dev.plumb.testing.RunnerSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --journal} and {@code --resume} through the public {@link Runner}, on the sample. */
class ResumeTest {
  private static final Cell CELL = Cell.of("host", "big");

  @TempDir Path dir;

  private Runner runner(RecordingListener calls, String... env) {
    return Runner.builder()
        .shell(Shell.DASH)
        .environment(RunnerSample.environment(dir, env))
        .directory(dir)
        .listener(calls)
        .build();
  }

  private Path journal() {
    return dir.resolve("create.journal");
  }

  private RunResult failAtStep3() throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    return runner(new RecordingListener(), "STUB_FAIL", "mkdisk")
        .run(RunnerSample.create(), RunJournal.record(journal(), "create", CELL));
  }

  /** The test: resume runs steps 3 to 7 only; the stubs see each command once overall. */
  @Test
  void aResumeAfterAFailureAtStep3RunsSteps3To7Only() throws Exception {
    assertInstanceOf(RunResult.Failed.class, failAtStep3());
    assertEquals(new JournalReading.End.Failed(3, 3), JournalReading.read(journal()).end());
    Path folder = Resumption.folder(journal());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    try (var files = Files.list(folder)) {
      assertEquals(
          List.of("markers"),
          files.map(f -> f.getFileName().toString()).toList(),
          "only the markers stay: the steps' output files (secrets unmasked) are gone");
    }
    RecordingListener calls = new RecordingListener();
    RunResult result =
        runner(calls).run(RunnerSample.create(), RunJournal.resume(journal(), "create", CELL));
    assertEquals(new RunResult.Completed(7), result);
    assertEquals(
        "run started 7\nstarted 3\nfinished 3\nstarted 4\nfinished 4\nstarted 5\nfinished 5\n"
            + "started 6\n6 STDOUT netauth: registered with ***\nfinished 6\nstarted 7\n"
            + "7 STDOUT vmstart: VM_NAME=web1 in web1\nfinished 7\nrun finished Completed",
        calls.all(),
        "steps 3 to 7 run; the cd and export of skipped steps 2 and 4 hold (vmstart says them)");
    assertEquals(
        "mkdisk --size 2G --preallocate web1.img\n"
            + "mkdisk --size 2G --preallocate web1.img\nnetup --bridge br0 web1\nnetauth web1\n"
            + "vmstart --disk web1.img web1\n",
        RunnerSample.calls(dir),
        "overall, each command ran once to its end: the failed mkdisk (logged as it began) once"
            + " more, as a resume must; nothing before it again, nothing after it twice");
    JournalReading done = JournalReading.read(journal());
    assertEquals(7, done.done());
    assertEquals(new JournalReading.End.Finished(), done.end());
    assertTrue(Files.notExists(Resumption.folder(journal())), "a finished run's folder is gone");
    String text = Files.readString(journal(), StandardCharsets.UTF_8);
    assertTrue(!text.contains(RunnerSample.TOKEN), "never a secret in the journal");
  }

  /** A resume of a finished run runs nothing and completes. */
  @Test
  void aResumeOfAFinishedRunRunsNothing() throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    runner(new RecordingListener())
        .run(RunnerSample.create(), RunJournal.record(journal(), "create", CELL));
    Files.writeString(dir.resolve("calls"), "");
    RunResult again =
        runner(new RecordingListener())
            .run(RunnerSample.create(), RunJournal.resume(journal(), "create", CELL));
    assertEquals(new RunResult.Completed(7), again);
    assertEquals("", RunnerSample.calls(dir));
  }

  /** A file that is no journal is refused; nothing runs. */
  @Test
  void aFileThatIsNoJournalIsRefused() throws Exception {
    RunnerSample.stubs(dir.resolve("bin"));
    Files.writeString(journal(), "hello\n");
    RunResult refused =
        runner(new RecordingListener())
            .run(RunnerSample.create(), RunJournal.resume(journal(), "create", CELL));
    RunResult.NotStarted not = assertInstanceOf(RunResult.NotStarted.class, refused);
    assertTrue(not.reason().contains("is not a journal plumb can resume from"), not.reason());
    assertEquals("", RunnerSample.calls(dir));
  }
}
