package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Build;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The details of the reports that the golden cases do not show: runs of added lines from one
 * template, long lists of scripts folded in Markdown, and fences longer than the backticks a script
 * holds.
 */
class DiffReportsTest {
  private static final String MANIFEST =
      """
      pack demo "report tests"
      axis a = a1 | a2 | a3
      axis b = b1 | b2 | b3
      operation run
      var name : name
      """;

  private static MatrixDiff diff(String before, String after) {
    Map<String, Values> sets = new LinkedHashMap<>();
    sets.put("web1", Values.of(Map.of("name", "web1")));
    return MatrixDiff.of(build(before, sets), build(after, sets), 1);
  }

  private static Build build(String template, Map<String, Values> sets) {
    Pack pack = TestPack.load(Map.of("pack.plumb", MANIFEST, "run.plumb", template));
    return pack.build(sets);
  }

  @Test
  void addedLinesFromConsecutiveTemplateLinesAreOneRun() {
    MatrixDiff d =
        diff(
            "%template run\nfirst\n",
            "%template run\nfirst\nsecond\nthird\n%# a line that writes nothing\nfourth\n");
    List<AddedRuns.Run> runs = AddedRuns.of(d.groups().get(0).added());
    assertEquals(
        List.of(
            new AddedRuns.Run("+6-7", "pack/run.plumb:3-4"),
            new AddedRuns.Run("+8", "pack/run.plumb:6")),
        runs);
    assertTrue(
        DiffText.render(d, "old", "new").contains("  +6-7 from pack/run.plumb:3-4\n"),
        DiffText.render(d, "old", "new"));
  }

  @Test
  void aLongListOfScriptsIsFoldedInMarkdown() {
    // six cells, no row or column of the 3 × 3 matrix whole: six lines
    MatrixDiff d =
        diff(
            "%template run\nfirst\n",
            "%template run\nfirst\n"
                + "%if (a == a1 and b != b3) or (a == a2 and b != b1) or (a == a3 and b != b2)\n"
                + "second\n%end\n");
    String md = DiffMarkdown.render(d, "old", "new");
    assertEquals(6, d.groups().get(0).summary().size(), d.groups().get(0).summary().toString());
    assertTrue(
        md.contains(
            "<details><summary>6 scripts in 6 lines</summary>\n\n- `run a=a1 b=b1 with web1`\n"),
        md);
    assertTrue(md.contains("\n</details>\n"), md);
  }

  @Test
  void aFenceIsLongerThanAnyRunOfBackticksInTheHunk() {
    MatrixDiff d = diff("%template run\nfirst\n", "%template run\nfirst\necho '```'\n");
    String md = DiffMarkdown.render(d, "old", "new");
    assertTrue(md.contains("\n````diff\n"), md);
    assertTrue(md.contains("+echo '```'\n````\n"), md);
  }

  @Test
  void markdownEscapesWhatItDoesNotQuote() {
    assertEquals("`a`", DiffMarkdown.code("a"));
    assertEquals("`` ` ``", DiffMarkdown.code("`"));
    MatrixDiff d = diff("%template run\nfirst\n", "%template run\nfirst\n");
    assertEquals(
        "**plumb diff**: no changes from old\\_one to \\<new\\>: 9 scripts compared\n",
        DiffMarkdown.render(d, "old_one", "<new>"));
  }
}
