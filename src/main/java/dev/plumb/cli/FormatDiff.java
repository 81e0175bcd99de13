package dev.plumb.cli;

import dev.plumb.Formatted;
import dev.plumb.suite.LineDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * What formatting would change in a file, as the unified diff {@code diff -u} writes ({@code ---
 * FILE}, {@code +++ FILE}, hunks with three kept lines around each change), so that {@code patch
 * -p0} applies it.
 */
final class FormatDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private FormatDiff() {}

  static String of(Formatted file) {
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(file.shown()).append('\n');
    out.append("+++ ").append(file.shown()).append('\n');
    out.append(
        LineDiff.unified(LineDiff.hunks(lines(file.before()), lines(file.after()), CONTEXT)));
    return out.toString();
  }

  /**
   * The lines of a text. A last line without a newline carries diff's note after it, so that it
   * differs from the same line with a newline and the note is written where diff writes it.
   */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    String last = lines.remove(lines.size() - 1);
    if (!last.isEmpty()) {
      lines.add(last + "\n" + NO_NEWLINE);
    }
    return lines;
  }
}
