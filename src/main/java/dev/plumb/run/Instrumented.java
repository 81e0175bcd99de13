package dev.plumb.run;

import java.util.List;

/**
 * A compiled script with two lines before each of its steps: the only change a run makes to the
 * text. The first sends the shell's stdout and stderr to the step's own files, so that each line of
 * output is known to come from its step; the second appends the step's number to the marker file.
 * Both name only files of the run's private folder ({@value #FOLDER}); after the last step an
 * {@code end} marker says the script ran to its end. Nothing of the template's text goes into these
 * lines, so no value can forge or break one, and the text stays straight-line: plain commands, one
 * after another. The marker file is opened for each marker and closed again, so no command a step
 * runs inherits it.
 */
public final class Instrumented {
  /** The environment variable naming the run's folder, an absolute path. */
  public static final String FOLDER = "PLUMB_RUN_DIR";

  /** The marker file, in the run's folder. */
  static final String MARKERS = "markers";

  private Instrumented() {}

  /** The lines before step {@code n}. */
  static String before(int n) {
    return "exec >>\"$"
        + FOLDER
        + "/"
        + n
        + ".out\" 2>>\"$"
        + FOLDER
        + "/"
        + n
        + ".err\"\n"
        + "printf 'step %s\\n' "
        + n
        + " >>\"$"
        + FOLDER
        + "/"
        + MARKERS
        + "\"\n";
  }

  /** The marker after the last step. */
  static final String END = "printf 'end\\n' >>\"$" + FOLDER + "/" + MARKERS + "\"\n";

  /** The file step {@code n}'s stdout or stderr goes to, in the run's folder (0: before step 1). */
  static String output(int n, boolean stderr) {
    return n + (stderr ? ".err" : ".out");
  }

  /**
   * The text to run: {@code lines} (a script's lines, without line ends) with {@link #before(int)}
   * the line each step begins on and {@link #END} after the last line.
   *
   * @param firstLines the 1-based line number each step begins on, in step order
   */
  public static String of(List<String> lines, List<Integer> firstLines) {
    return instrument(new StringBuilder(), lines, firstLines, 0);
  }

  /** Appends {@code lines} with the marker lines of steps {@code skipped + 1} on. */
  private static String instrument(
      StringBuilder out, List<String> lines, List<Integer> firstLines, int skipped) {
    int next = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (next < firstLines.size() && firstLines.get(next) == i + 1) {
        next++;
        out.append(before(skipped + next));
      }
      out.append(lines.get(i)).append('\n');
    }
    if (next != firstLines.size()) {
      throw new IllegalArgumentException("steps begin on lines the script does not have");
    }
    return out.append(END).toString();
  }

  /**
   * The text a resume runs: the script's lines before its first step (its {@code set -eu}), then
   * {@code replay} (the commands of skipped steps that set the shell's state, {@link StepState}),
   * then the steps from step {@code from} on, instrumented as {@link #of} does. The skipped steps'
   * own lines are left out; the replayed commands are in no step, so no marker comes before them.
   */
  public static String resumed(
      List<String> lines, List<Integer> firstLines, int from, String replay) {
    if (from < 1 || from > firstLines.size()) {
      throw new IllegalArgumentException("no step " + from + " to resume from");
    }
    int preamble = firstLines.get(0) - 1;
    int resumeAt = firstLines.get(from - 1) - 1;
    StringBuilder out = new StringBuilder();
    for (String line : lines.subList(0, preamble)) {
      out.append(line).append('\n');
    }
    out.append(replay);
    List<Integer> later =
        firstLines.subList(from - 1, firstLines.size()).stream().map(l -> l - resumeAt).toList();
    return instrument(out, lines.subList(resumeAt, lines.size()), later, from - 1);
  }
}
