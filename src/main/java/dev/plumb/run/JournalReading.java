package dev.plumb.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a journal says, read as far as its lines read whole: each line must end with a line break
 * and carry its own checksum; the first that does not ends the reading (a kill in the middle of a
 * write leaves such a tail), and what follows it is never believed.
 *
 * @param header the script the journal is of, or null when {@code problem} says why not
 * @param done how many steps finished, from the first: steps 1 to {@code done}
 * @param end how the last run ended, as far as the journal knows
 * @param wholeBytes how many bytes of the file read whole (where a resume goes on writing)
 * @param tornTail whether bytes after them were ignored
 * @param problem why the file is no journal plumb can resume from, or null
 * @param shell the last run's shell process, or null when none is recorded
 */
public record JournalReading(
    JournalHeader header,
    int done,
    End end,
    long wholeBytes,
    boolean tornTail,
    String problem,
    ShellProcess shell) {

  /** A shell process a journal recorded: its id and start (epoch milliseconds, -1 unknown). */
  public record ShellProcess(long pid, long startMillis) {}

  /** How the run the journal records ended. */
  public sealed interface End {
    /** No end is recorded: the run was killed (or is still running). */
    record Unknown() implements End {}

    record Failed(int step, int status) implements End {}

    /** Interrupted or timed out, during {@code step}. */
    record Stopped(int step, String why) implements End {}

    record Finished() implements End {}
  }

  /** The magic line, the script, the operation, the cell, the steps' hashes. */
  private static final int HEADER_LINES = 5;

  private static final Pattern LINE = Pattern.compile("(.*) ~([0-9a-f]{8})");
  private static final Pattern SCRIPT = Pattern.compile("script ([0-9a-f]{64}) steps ([0-9]{1,9})");
  private static final Pattern STEPS = Pattern.compile("steps((?: [0-9a-f]{16})*)");
  private static final Pattern SHELL =
      Pattern.compile("shell ([0-9]{1,18}) started (-1|[0-9]{1,18})");
  private static final Pattern RUN = Pattern.compile("run from ([0-9]{1,9})");
  private static final Pattern DONE = Pattern.compile("done ([0-9]{1,9})");
  private static final Pattern FAILED = Pattern.compile("failed ([0-9]{1,9}) status ([0-9]{1,3})");
  private static final Pattern STOPPED = Pattern.compile("stopped ([0-9]{1,9}) (.+)");

  /** Reads the journal at {@code file}. */
  public static JournalReading read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> lines = new ArrayList<>();
    long whole = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      Matcher m = LINE.matcher(new String(bytes, start, i - start, StandardCharsets.UTF_8));
      if (!m.matches() || !Journal.checksum(m.group(1)).equals(m.group(2))) {
        break;
      }
      lines.add(m.group(1));
      start = i + 1;
      whole = start;
    }
    return interpret(lines, whole, whole < bytes.length);
  }

  private static JournalReading interpret(List<String> lines, long whole, boolean torn) {
    if (lines.size() < HEADER_LINES || !lines.get(0).equals(Journal.MAGIC)) {
      return refused(
          "it is not a plumb journal, or its first lines were never written whole", whole, torn);
    }
    Matcher script = SCRIPT.matcher(lines.get(1));
    Matcher hashes = STEPS.matcher(lines.get(4));
    if (!script.matches()
        || !lines.get(2).startsWith("operation ")
        || !lines.get(3).startsWith("cell ")
        || !hashes.matches()) {
      return refused("its header does not read as a plumb journal's", whole, torn);
    }
    JournalHeader header =
        new JournalHeader(
            script.group(1),
            Integer.parseInt(script.group(2)),
            lines.get(2).substring("operation ".length()),
            lines.get(3).substring("cell ".length()),
            hashes.group(1).isEmpty()
                ? List.of()
                : List.of(hashes.group(1).substring(1).split(" ")));
    if (!header.stepHashes().isEmpty() && header.stepHashes().size() != header.steps()) {
      return refused("its header names a step count and a different number of steps", whole, torn);
    }
    int done = 0;
    End end = new End.Unknown();
    ShellProcess shell = null;
    for (String line : lines.subList(HEADER_LINES, lines.size())) {
      Matcher m;
      if ((m = SHELL.matcher(line)).matches()) {
        shell = new ShellProcess(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
      } else if ((m = RUN.matcher(line)).matches() && Integer.parseInt(m.group(1)) == done + 1) {
        end = new End.Unknown();
      } else if ((m = DONE.matcher(line)).matches() && Integer.parseInt(m.group(1)) == done + 1) {
        done++;
        end = new End.Unknown();
      } else if ((m = FAILED.matcher(line)).matches() && Integer.parseInt(m.group(1)) == done + 1) {
        end = new End.Failed(done + 1, Integer.parseInt(m.group(2)));
      } else if ((m = STOPPED.matcher(line)).matches()
          && Integer.parseInt(m.group(1)) == done + 1) {
        end = new End.Stopped(done + 1, m.group(2));
      } else if (line.equals("finished") && done == header.steps()) {
        end = new End.Finished();
      } else {
        return new JournalReading(
            header,
            done,
            end,
            whole,
            torn,
            "its line '" + line + "' does not follow from the ones before it",
            shell);
      }
    }
    if (done > header.steps()) {
      return new JournalReading(
          header, done, end, whole, torn, "it records more steps done than the script has", shell);
    }
    return new JournalReading(header, done, end, whole, torn, null, shell);
  }

  private static JournalReading refused(String why, long whole, boolean torn) {
    return new JournalReading(null, 0, new End.Unknown(), whole, torn, why, null);
  }
}
