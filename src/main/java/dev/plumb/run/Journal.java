package dev.plumb.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The record of a run that a resume reads: which script it ran (its SHA-256 and step count, the
 * operation and cell) and, in order, each step that finished. A line is appended and forced to the
 * disk before the run goes on, so a run killed at any moment leaves a journal whose complete lines
 * are all true; each line ends with a checksum of itself, so a torn or garbled tail (a kill in the
 * middle of a write, a disk that kept zeros) is recognised and ignored, never read as a step done.
 * Nothing in it is a value of the template's variables: numbers, the hash, the operation and the
 * cell's axis values only (never a secret).
 *
 * <pre>
 * plumb-journal 1 ~3f1c0a2e
 * script 9f86d0… steps 7 ~…
 * operation create ~…
 * cell host=linux hypervisor=qemu guest=linux ~…
 * steps 5d41402abc4b2a76 7d793037a0760186 … ~…
 * run from 1 ~…
 * shell 41207 started 1796567000123 ~…
 * done 1 ~…
 * done 2 ~…
 * failed 3 status 1 ~…
 * </pre>
 */
public final class Journal implements Closeable {
  static final String MAGIC = "plumb-journal 1";

  private final FileChannel channel;

  private Journal(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Starts a journal at {@code file} (replacing any) for a run of the script {@code header} names.
   */
  public static Journal create(Path file, JournalHeader header) throws IOException {
    Journal journal =
        new Journal(
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE));
    journal.append(MAGIC);
    journal.append("script " + header.scriptSha256() + " steps " + header.steps());
    journal.append("operation " + header.operation());
    journal.append("cell " + header.cell());
    journal.append(
        String.join(" ", Stream.concat(Stream.of("steps"), header.stepHashes().stream()).toList()));
    return journal;
  }

  /**
   * Goes on writing the journal at {@code file} (for a resume), after its last line that reads
   * whole: a torn tail is cut off first, so that the next line starts clean.
   */
  public static Journal reopen(Path file, JournalReading reading) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
    channel.truncate(reading.wholeBytes());
    channel.position(reading.wholeBytes());
    channel.force(true);
    return new Journal(channel);
  }

  /**
   * A run from step {@code from} on is about to start its shell: until its markers say otherwise,
   * no step after the ones done is known to have ended (a former failure is the former run's).
   */
  public void runFrom(int from) throws IOException {
    append("run from " + from);
  }

  /**
   * The shell of a run started as process {@code pid} at {@code startMillis} (milliseconds since
   * the epoch, as the system tells a process's start; -1 when unknown): a resume refuses while that
   * process still runs.
   */
  public void shell(long pid, long startMillis) throws IOException {
    append("shell " + pid + " started " + startMillis);
  }

  /** Step {@code step} finished (the shell went on to the next step, or ended with status 0). */
  public void done(int step) throws IOException {
    append("done " + step);
  }

  /** Step {@code step} ended the run with {@code status}. */
  public void failed(int step, int status) throws IOException {
    append("failed " + step + " status " + status);
  }

  /** The run was stopped (interrupted or timed out) during step {@code step}. */
  public void stopped(int step, String why) throws IOException {
    append("stopped " + step + " " + why);
  }

  /** Every step finished. */
  public void finished() throws IOException {
    append("finished");
  }

  private void append(String line) throws IOException {
    byte[] bytes = (line + " ~" + checksum(line) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    // on the disk before the run goes on: a step is never done in the journal and not yet run
    channel.force(false);
  }

  /** The checksum a line carries: CRC-32C of its text, eight hex digits. */
  static String checksum(String line) {
    CRC32C crc = new CRC32C();
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    crc.update(bytes, 0, bytes.length);
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
