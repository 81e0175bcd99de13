package dev.plumb.suite;

import java.util.List;

/**
 * A {@link MatrixDiff} for a terminal: a summary line, what appeared and disappeared, the support
 * and outcome changes, then each distinct script change once: the scripts it is in, its hunk as in
 * a unified diff, and the template line each added line came from.
 */
public final class DiffText {
  private DiffText() {}

  /**
   * @param old how the old version is named ({@code old}, {@code pack at HEAD~1 (commit …)})
   * @param now how the new version is named
   */
  public static String render(MatrixDiff diff, String old, String now) {
    if (diff.unchanged()) {
      return DiffWords.unchanged(diff, old, now) + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("changes from ").append(old).append(" to ").append(now).append(": ");
    out.append(DiffWords.counts(diff)).append('\n');
    DiffWords.names(diff)
        .forEach(
            (title, names) ->
                out.append(title).append(": ").append(String.join(", ", names)).append('\n'));
    if (!diff.support().isEmpty()) {
      out.append("\nsupport changed:\n");
      diff.support()
          .forEach(
              c ->
                  out.append("  ")
                      .append(DiffWords.where(c))
                      .append(": ")
                      .append(DiffWords.support(c))
                      .append('\n'));
    }
    if (!diff.outcomes().isEmpty()) {
      out.append("\noutcomes changed:\n");
      diff.outcomes()
          .forEach(
              c ->
                  out.append("  ")
                      .append(c.place().show())
                      .append(": ")
                      .append(DiffWords.outcome(c))
                      .append('\n'));
    }
    List<MatrixDiff.Group> groups = diff.groups();
    for (int i = 0; i < groups.size(); i++) {
      MatrixDiff.Group g = groups.get(i);
      out.append('\n').append(DiffWords.groupTitle(i + 1, groups.size(), g)).append(":\n");
      g.summary().forEach(line -> out.append("  ").append(line).append('\n'));
      out.append(LineDiff.unified(List.of(g.hunk())));
      for (AddedRuns.Run run : AddedRuns.of(g.added())) {
        out.append("  ").append(run.lines()).append(" from ").append(run.from()).append('\n');
      }
    }
    return out.toString();
  }
}
