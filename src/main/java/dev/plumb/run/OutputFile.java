package dev.plumb.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file a step's stdout or stderr goes to, read from where the last read stopped, line by line.
 * A line longer than {@link #LONGEST} bytes is given in pieces, so that output without line ends
 * cannot fill the memory; bytes that are not UTF-8 become U+FFFD. An unfinished last line waits for
 * its end, or for {@link #rest()} once the step is over. A file not made yet is empty.
 */
final class OutputFile {
  static final int LONGEST = 8192;

  private final Path file;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long read;

  OutputFile(Path file) {
    this.file = file;
  }

  /** The whole lines written since the last call. */
  List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(read);
      byte[] buffer = new byte[LONGEST];
      int n;
      while ((n = in.read(buffer)) > 0) {
        read += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines.add(take());
          } else {
            line.write(buffer[i]);
            if (line.size() >= LONGEST) {
              lines.add(take());
            }
          }
        }
      }
    }
    return lines;
  }

  /** Deletes the file; a process still writing to it writes to nothing anyone reads. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The unfinished last line, if any: its step is over, no more of it will come. */
  List<String> rest() {
    return line.size() == 0 ? List.of() : List.of(take());
  }

  private String take() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    return text;
  }
}
