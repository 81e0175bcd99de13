package dev.plumb.suite;

import java.util.List;

/**
 * A {@link MatrixDiff} as Markdown for a pull-request comment: a heading and a summary table,
 * tables of the support and outcome changes, then each distinct script change under its own
 * heading, its scripts listed (folded in {@code <details>} when there are many), its hunk in a
 * fenced {@code diff} block, and the template line each added line came from.
 */
public final class DiffMarkdown {
  /** Lists longer than this are folded: a comment stays short for the reader who skims it. */
  static final int FOLD = 5;

  private DiffMarkdown() {}

  /**
   * @param old how the old version is named
   * @param now how the new version is named
   */
  public static String render(MatrixDiff diff, String old, String now) {
    if (diff.unchanged()) {
      return "**plumb diff**: " + escape(DiffWords.unchanged(diff, old, now)) + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("### plumb diff: ").append(escape(old)).append(" → ").append(escape(now));
    out.append("\n\n").append(escape(DiffWords.counts(diff))).append("\n\n");
    out.append("| | |\n|---|---|\n");
    row(out, "scripts compared", String.valueOf(diff.compared()));
    row(out, "scripts changed", String.valueOf(diff.changed()));
    row(out, "distinct changes", String.valueOf(diff.groups().size()));
    row(out, "support changes", String.valueOf(diff.support().size()));
    row(out, "outcome changes", String.valueOf(diff.outcomes().size()));
    DiffWords.names(diff)
        .forEach(
            (title, names) ->
                row(
                    out,
                    title,
                    String.join(", ", names.stream().map(DiffMarkdown::code).toList())));
    if (!diff.support().isEmpty()) {
      out.append("\n#### Support changes\n\n| operation | cell | change |\n|---|---|---|\n");
      diff.support()
          .forEach(
              c ->
                  out.append("| ")
                      .append(cell(c.operation()))
                      .append(" | ")
                      .append(cell(c.cell().toString()))
                      .append(" | ")
                      .append(cell(DiffWords.support(c)))
                      .append(" |\n"));
    }
    if (!diff.outcomes().isEmpty()) {
      out.append(
          "\n#### Outcome changes\n\n| values | operation | cell | change |\n|---|---|---|---|\n");
      diff.outcomes()
          .forEach(
              c ->
                  out.append("| ")
                      .append(cell(c.place().values()))
                      .append(" | ")
                      .append(cell(c.place().operation()))
                      .append(" | ")
                      .append(cell(c.place().cell().toString()))
                      .append(" | ")
                      .append(cell(DiffWords.outcome(c)))
                      .append(" |\n"));
    }
    List<MatrixDiff.Group> groups = diff.groups();
    for (int i = 0; i < groups.size(); i++) {
      group(out, DiffWords.groupTitle(i + 1, groups.size(), groups.get(i)), groups.get(i));
    }
    return out.toString();
  }

  private static void group(StringBuilder out, String title, MatrixDiff.Group g) {
    out.append("\n#### ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1));
    out.append("\n\n");
    List<String> items = g.summary().stream().map(s -> "- " + code(s) + "\n").toList();
    if (items.size() > FOLD) {
      out.append("<details><summary>")
          .append(DiffWords.count(g.places().size(), "script"))
          .append(" in ")
          .append(DiffWords.count(items.size(), "line"))
          .append("</summary>\n\n");
      items.forEach(out::append);
      out.append("\n</details>\n");
    } else {
      items.forEach(out::append);
    }
    String hunk = LineDiff.unified(List.of(g.hunk()));
    String fence = "`".repeat(Math.max(3, longestRun(hunk, '`') + 1));
    out.append('\n').append(fence).append("diff\n").append(hunk).append(fence).append("\n\n");
    out.append("Added lines come from:\n\n");
    for (AddedRuns.Run run : AddedRuns.of(g.added())) {
      out.append("- ").append(code(run.lines())).append(": ").append(code(run.from())).append('\n');
    }
  }

  private static void row(StringBuilder out, String what, String value) {
    out.append("| ").append(what).append(" | ").append(value).append(" |\n");
  }

  /** Text in a table cell: escaped, line ends (which would end the row) as spaces. */
  private static String cell(String text) {
    return escape(text).replace('\n', ' ');
  }

  /** Text as inline code, in a run of backticks longer than any it holds (CommonMark). */
  static String code(String text) {
    String ticks = "`".repeat(longestRun(text, '`') + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return ticks + pad + text + pad + ticks;
  }

  /** Text outside code: the characters Markdown or HTML would read as markup, escaped. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
