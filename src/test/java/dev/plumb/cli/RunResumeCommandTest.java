package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumb run --journal} then {@code --resume} as a user types them. */
class RunResumeCommandTest {
  private static String[] create(String... more) {
    List<String> args = new ArrayList<>(List.of(RunCommandTest.CREATE));
    args.addAll(List.of("--shell", "dash"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static Path folder(Path dir) throws Exception {
    return RunCommandTest.folder(dir);
  }

  private static CliRun.Given stubs(Path dir, String... env) {
    return new CliRun.Given(new byte[0], RunnerSample.environment(dir, env), false);
  }

  /** A run journaled in {@code j} in which stub {@code failing} fails. */
  private static void failWithAJournal(Path dir, String failing) {
    assertEquals(
        1, CliRun.of(dir, stubs(dir, "STUB_FAIL", failing), create("--journal", "j")).exit());
  }

  @Test
  void aFailedRunResumesFromItsFailedStepThenHasNothingToDo(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    CliRun.Given failing =
        new CliRun.Given(new byte[0], RunnerSample.environment(dir, "STUB_FAIL", "mkdisk"), false);
    CliRun failed = CliRun.of(dir, failing, create("--journal", "create.journal"));
    assertEquals(1, failed.exit(), failed.err());
    CliRun.Given given = stubs(dir);
    Files.writeString(dir.resolve("calls"), "");
    CliRun resumed = CliRun.of(dir, given, create("--resume", "create.journal"));
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(!resumed.err().contains("step 1/7") && !resumed.err().contains("step 2/7"));
    assertTrue(resumed.err().contains("step 3/7: mkdisk"), resumed.err());
    assertTrue(
        resumed
            .err()
            .startsWith(
                "plumb run: resuming at step 3 of 7 (steps 1-2 done; the shell state of step 2"
                    + " set again)\n"),
        resumed.err());
    assertEquals(
        "mkdisk --size 2G --preallocate web1.img\nnetup --bridge br0 web1\nnetauth web1\n"
            + "vmstart --disk web1.img web1\n",
        RunnerSample.calls(dir));
    CliRun again = CliRun.of(dir, given, create("--resume", "create.journal"));
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("completed 7 steps"), again.err());
  }

  @Test
  void aResumeInJsonSaysWhereItResumesAndWhichStatesItSetAgain(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    failWithAJournal(dir, "netup");
    CliRun.Given given = stubs(dir);
    CliRun resumed = CliRun.of(dir, given, create("--resume", "j", "--format", "json"));
    assertEquals(0, resumed.exit(), resumed.err());
    String[] events = resumed.out().split("\n");
    assertTrue(events[0].startsWith("{\"event\":\"run-started\""), events[0]);
    assertEquals("{\"event\":\"run-resumed\",\"step\":5,\"replayed\":[2,4]}", events[1]);
    assertTrue(events[2].startsWith("{\"event\":\"step-started\",\"step\":5"), events[2]);
  }

  /** A replayed cd whose folder is gone fails before the first resumed step, and says so. */
  @Test
  void aReplayThatFailsIsToldBeforeTheFirstResumedStep(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    failWithAJournal(dir, "mkdisk");
    TestPack.delete(dir.resolve("vms"));
    CliRun.Given given = stubs(dir);
    CliRun resumed = CliRun.of(dir, given, create("--resume", "j"));
    assertEquals(1, resumed.exit(), resumed.err());
    assertTrue(
        resumed.err().contains("plumb run: before step 3 failed with exit status 2"),
        resumed.err());
    assertTrue(resumed.err().contains("vms/web1"), "the cd's own error is shown: " + resumed.err());
    assertEquals("mkdisk --size 2G --preallocate web1.img\n", RunnerSample.calls(dir));
  }

  @Test
  void aRefusedResumeSaysWhyAndExits1(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    Files.writeString(dir.resolve("notes.txt"), "not a journal\n");
    CliRun.Given given = stubs(dir);
    CliRun refused = CliRun.of(dir, given, create("--resume", "notes.txt"));
    assertEquals(1, refused.exit());
    assertTrue(
        refused.err().contains("nothing ran: cannot resume: ")
            && refused.err().contains("is not a journal plumb can resume from"),
        refused.err());
    assertEquals("", RunnerSample.calls(dir));
  }

  @Test
  void theJournalOptionsGoTogetherOnlyAsTheyShould(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp);
    CliRun both = CliRun.of(dir, create("--journal", "a", "--resume", "a"));
    assertEquals(2, both.exit());
    assertTrue(both.err().contains("give one of them"), both.err());
    CliRun rerun = CliRun.of(dir, create("--rerun-step", "3"));
    assertEquals(2, rerun.exit());
    assertTrue(rerun.err().contains("--rerun-step goes with --resume"), rerun.err());
  }
}
