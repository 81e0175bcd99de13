package dev.plumb.run;

import java.util.List;

/**
 * A compiled script with a marker written before each of its steps: the only change a run makes to
 * the text. Each marker is a constant {@code printf} of the step's number appended to the file that
 * {@value #MARKERS} names, never to the child's stdout or stderr; after the last step an {@code
 * end} marker says the script ran to its end. Nothing of the template's text goes into a marker, so
 * no value can forge or break one, and the text stays straight-line: plain commands, one after
 * another. The file is opened for each marker and closed again, so no command a step runs inherits
 * it.
 */
public final class Instrumented {
  /** The environment variable naming the marker file, an absolute path. */
  public static final String MARKERS = "PLUMB_RUN_MARKERS";

  /** The marker before step {@code n}. */
  static String marker(int n) {
    return "printf 'step %s\\n' " + n + " >>\"$" + MARKERS + "\"";
  }

  /** The marker after the last step. */
  static final String END = "printf 'end\\n' >>\"$" + MARKERS + "\"";

  private Instrumented() {}

  /**
   * The text to run: {@code lines} (a script's lines, without line ends) with {@link #marker(int)}
   * before the line each step begins on and {@link #END} after the last line.
   *
   * @param firstLines the 1-based line number each step begins on, in step order
   */
  public static String of(List<String> lines, List<Integer> firstLines) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (next < firstLines.size() && firstLines.get(next) == i + 1) {
        next++;
        out.append(marker(next)).append('\n');
      }
      out.append(lines.get(i)).append('\n');
    }
    if (next != firstLines.size()) {
      throw new IllegalArgumentException("steps begin on lines the script does not have");
    }
    return out.append(END).append('\n').toString();
  }
}
