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
 */
public record JournalReading(
    JournalHeader header, int done, End end, long wholeBytes, boolean tornTail, String problem) {

  /** How the run the journal records ended. */
  public sealed interface End {
    /** No end is recorded: the run was killed (or is still running). */
    record Unknown() implements End {}

    record Failed(int step, int status) implements End {}

    /** Interrupted or timed out, during {@code step}. */
    record Stopped(int step, String why) implements End {}

    record Finished() implements End {}
  }

  private static final Pattern LINE = Pattern.compile("(.*) ~([0-9a-f]{8})");
  private static final Pattern SCRIPT = Pattern.compile("script ([0-9a-f]{64}) steps ([0-9]{1,9})");
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
    if (lines.size() < 4 || !lines.get(0).equals(Journal.MAGIC)) {
      return refused(
          "it is not a plumb journal, or its first lines were never written whole", whole, torn);
    }
    Matcher script = SCRIPT.matcher(lines.get(1));
    if (!script.matches()
        || !lines.get(2).startsWith("operation ")
        || !lines.get(3).startsWith("cell ")) {
      return refused("its header does not read as a plumb journal's", whole, torn);
    }
    JournalHeader header =
        new JournalHeader(
            script.group(1),
            Integer.parseInt(script.group(2)),
            lines.get(2).substring("operation ".length()),
            lines.get(3).substring("cell ".length()));
    int done = 0;
    End end = new End.Unknown();
    for (String line : lines.subList(4, lines.size())) {
      Matcher m;
      if ((m = DONE.matcher(line)).matches() && Integer.parseInt(m.group(1)) == done + 1) {
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
            "its line '" + line + "' does not follow from the ones before it");
      }
    }
    if (done > header.steps()) {
      return new JournalReading(
          header, done, end, whole, torn, "it records more steps done than the script has");
    }
    return new JournalReading(header, done, end, whole, torn, null);
  }

  private static JournalReading refused(String why, long whole, boolean torn) {
    return new JournalReading(null, 0, new End.Unknown(), whole, torn, why);
  }
}
