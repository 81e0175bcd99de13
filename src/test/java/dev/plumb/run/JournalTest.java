package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  private static final JournalHeader HEADER =
      new JournalHeader("0f".repeat(32), 7, "create", "host=linux hypervisor=qemu guest=linux");

  @TempDir Path dir;

  @Test
  void aFailedRunReadsBackWithItsHeaderItsStepsDoneAndItsEnd() throws IOException {
    Path file = dir.resolve("journal");
    try (Journal journal = Journal.create(file, HEADER)) {
      journal.done(1);
      journal.done(2);
      journal.failed(3, 1);
    }
    JournalReading reading = JournalReading.read(file);
    assertNull(reading.problem());
    assertEquals(HEADER, reading.header());
    assertEquals(2, reading.done());
    assertEquals(new JournalReading.End.Failed(3, 1), reading.end());
    assertFalse(reading.tornTail());
    assertTrue(
        Files.readString(file).startsWith("plumb-journal 1 ~"),
        "the first line says what the file is");
  }

  @Test
  void aResumeGoesOnAfterTheLastWholeLineCuttingATornTail() throws IOException {
    Path file = dir.resolve("journal");
    try (Journal journal = Journal.create(file, HEADER)) {
      journal.done(1);
      journal.done(2);
    }
    // a kill in the middle of writing "done 3"
    Files.write(
        file,
        "done 3 ~12".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);
    JournalReading torn = JournalReading.read(file);
    assertEquals(2, torn.done());
    assertTrue(torn.tornTail());
    try (Journal journal = Journal.reopen(file, torn)) {
      for (int step = 3; step <= 7; step++) {
        journal.done(step);
      }
      journal.finished();
    }
    JournalReading after = JournalReading.read(file);
    assertNull(after.problem());
    assertEquals(7, after.done());
    assertEquals(new JournalReading.End.Finished(), after.end());
    assertFalse(after.tornTail());
  }

  @Test
  void stepsOutOfOrderAreAProblemNotBelieved() throws IOException {
    Path file = dir.resolve("journal");
    try (Journal journal = Journal.create(file, HEADER)) {
      journal.done(1);
      journal.done(3);
    }
    JournalReading reading = JournalReading.read(file);
    assertEquals(1, reading.done());
    assertTrue(reading.problem().contains("done 3"), reading.problem());
  }

  @Test
  void aFileThatIsNoJournalIsRefusedWithTheReason() throws IOException {
    Path file = dir.resolve("journal");
    Files.writeString(file, "done 1\n");
    JournalReading reading = JournalReading.read(file);
    assertNull(reading.header());
    assertTrue(reading.problem().contains("not a plumb journal"), reading.problem());
  }

  @Test
  void theJournalHoldsNumbersTheHashTheOperationAndTheCellOnly() throws IOException {
    Path file = dir.resolve("journal");
    JournalHeader header =
        JournalHeader.of("mkdir x\ncd x\n", List.of("mkdir x\n", "cd x\n"), "create", "host=linux");
    try (Journal journal = Journal.create(file, header)) {
      journal.runFrom(1);
      journal.shell(4242, 1796567000123L);
      journal.done(1);
      journal.stopped(2, "interrupted");
    }
    String text = Files.readString(file).replaceAll(" ~[0-9a-f]{8}\n", "\n");
    assertEquals(
        "plumb-journal 1\nscript "
            + header.scriptSha256()
            + " steps 2\noperation create\ncell host=linux\nsteps "
            + JournalHeader.stepHash("mkdir x\n")
            + " "
            + JournalHeader.stepHash("cd x\n")
            + "\nrun from 1\nshell 4242 started 1796567000123\ndone 1\nstopped 2 interrupted\n",
        text);
    JournalReading reading = JournalReading.read(file);
    assertEquals(header, reading.header());
    assertEquals(new JournalReading.ShellProcess(4242, 1796567000123L), reading.shell());
    assertEquals(new JournalReading.End.Stopped(2, "interrupted"), reading.end());
  }
}
