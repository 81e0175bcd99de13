package dev.plumb.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The marker file as the shell appends to it, read from where the last read stopped. Only whole
 * lines are taken: a marker being written is read once its line end is there. A line that is no
 * marker, or a step out of order, is skipped: only the instrumentation's own markers, one step
 * after the other, move a run on.
 */
final class MarkerFile {
  private final Path file;
  private final int steps;
  private long read;
  private int expected;
  private boolean ended;

  /** The file of a script with {@code steps} steps: its end comes after step {@code steps}. */
  MarkerFile(Path file, int steps) {
    this(file, steps, 1);
  }

  /** The file of a run that begins at step {@code first} (a resume): earlier steps are skipped. */
  MarkerFile(Path file, int steps, int first) {
    this.file = file;
    this.steps = steps;
    this.expected = first;
  }

  /** The markers appended since the last call, in order. */
  List<Marker> next() throws IOException {
    List<Marker> found = new ArrayList<>();
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length <= read) {
        return found;
      }
      byte[] bytes = new byte[(int) Math.min(length - read, 1 << 20)];
      in.seek(read);
      in.readFully(bytes);
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          accept(new String(bytes, start, i - start, StandardCharsets.US_ASCII), found);
          start = i + 1;
        }
      }
      read += start;
    }
    return found;
  }

  private void accept(String line, List<Marker> found) {
    Marker marker = Marker.parse(line);
    if (ended || marker == null) {
      return;
    }
    boolean inOrder =
        marker instanceof Marker.Begin begin
            ? begin.number() == expected && expected <= steps
            : expected == steps + 1;
    if (!inOrder) {
      return;
    }
    if (marker instanceof Marker.End) {
      ended = true;
    } else {
      expected++;
    }
    found.add(marker);
  }
}
