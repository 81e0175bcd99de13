package dev.plumb.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A journal cut or garbled anywhere (a kill in the middle of a write, a disk that kept zeros) never
 * says a step finished that the writer had not recorded whole: what it reads is exactly the lines
 * before the damage.
 */
class JournalProperties {
  private static final String SHA = "ab".repeat(32);

  /**
   * A journal written for {@code done} finished steps of {@code steps}, and its size after each
   * line.
   */
  private record Written(byte[] bytes, List<Long> sizeAfterDone, long headerEnd) {}

  private static Written write(Path file, int steps, int done, int failedStatus)
      throws IOException {
    List<Long> sizes = new ArrayList<>();
    long headerEnd;
    try (Journal journal =
        Journal.create(file, new JournalHeader(SHA, steps, "start", "host=linux guest=linux"))) {
      headerEnd = Files.size(file);
      for (int step = 1; step <= done; step++) {
        journal.done(step);
        sizes.add(Files.size(file));
      }
      if (done == steps) {
        journal.finished();
      } else if (failedStatus > 0) {
        journal.failed(done + 1, failedStatus);
      }
    }
    return new Written(Files.readAllBytes(file), sizes, headerEnd);
  }

  @Property
  void aJournalCutAnywhereReadsExactlyTheStepsWrittenWholeBeforeTheCut(
      @ForAll @IntRange(min = 1, max = 40) int steps,
      @ForAll @IntRange(min = 0, max = 40) int doneWanted,
      @ForAll @IntRange(min = 0, max = 3) int failedStatus,
      @ForAll @IntRange(min = 0, max = 100_000) int cutSeed)
      throws IOException {
    int done = Math.min(doneWanted, steps);
    Path file = Files.createTempFile("plumb-journal", ".txt");
    try {
      Written written = write(file, steps, done, failedStatus);
      int cut = cutSeed % (written.bytes().length + 1);
      Files.write(file, Arrays.copyOf(written.bytes(), cut));
      JournalReading reading = JournalReading.read(file);
      if (cut < written.headerEnd()) {
        assertEquals(0, reading.done());
        assertTrue(reading.problem() != null, "a cut header is no journal");
        return;
      }
      long expected = written.sizeAfterDone().stream().filter(size -> size <= cut).count();
      assertNull(reading.problem());
      assertEquals(expected, reading.done(), "cut at byte " + cut);
      assertTrue(reading.wholeBytes() <= cut);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property
  void aGarbledByteEndsTheReadingAtTheLineItIsIn(
      @ForAll @IntRange(min = 1, max = 30) int steps,
      @ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll @IntRange(min = 0, max = 255) int garbage)
      throws IOException {
    Path file = Files.createTempFile("plumb-journal", ".txt");
    try {
      Written written = write(file, steps, steps, 0);
      byte[] bytes = written.bytes().clone();
      int at = (int) (written.headerEnd() + where % (bytes.length - written.headerEnd()));
      if (bytes[at] == (byte) garbage) {
        return;
      }
      bytes[at] = (byte) garbage;
      Files.write(file, bytes);
      JournalReading reading = JournalReading.read(file);
      long before = written.sizeAfterDone().stream().filter(size -> size <= at).count();
      // CRC-32C tells every change of one byte: the line it is in is the first not believed
      assertEquals(before, reading.done(), "a byte changed at " + at);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
