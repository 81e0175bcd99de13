package dev.plumb.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a child's stream line by line until its end, on a thread of its own, giving each line
 * without its line end. A line longer than {@link #LONGEST} characters is given in pieces, so that
 * output without line ends cannot fill the memory; bytes that are not UTF-8 become U+FFFD.
 */
final class LineReader {
  static final int LONGEST = 8192;

  private LineReader() {}

  /** A daemon thread: a daemonized child may keep the stream open long after the run. */
  static Thread start(String name, InputStream stream, Consumer<String> lines) {
    Thread thread = new Thread(() -> read(stream, lines), name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void read(InputStream stream, Consumer<String> lines) {
    try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          lines.accept(line.toString());
          line.setLength(0);
        } else {
          line.append((char) c);
          if (line.length() >= LONGEST) {
            lines.accept(line.toString());
            line.setLength(0);
          }
        }
      }
      if (line.length() > 0) {
        lines.accept(line.toString());
      }
    } catch (IOException e) {
      // the stream closed under the reader: the run is over, nothing more to read
    }
  }
}
