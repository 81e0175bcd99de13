package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The diff is a shortest edit script, and its hunks say the same thing as its edits. */
class LineDiffProperties {

  @Property
  void keptAndRemovedLinesAreTheOldTextKeptAndAddedTheNew(
      @ForAll @Size(max = 30) List<@StringLength(max = 1) @Chars({'a', 'b', 'c'}) String> old,
      @ForAll @Size(max = 30) List<@StringLength(max = 1) @Chars({'a', 'b', 'c'}) String> now) {
    List<LineDiff.Edit> edits = LineDiff.edits(old, now);
    assertEquals(old, side(edits, '+'));
    assertEquals(now, side(edits, '-'));
  }

  @Property
  void theEditIsAsShortAsTheLongestCommonSubsequenceAllows(
      @ForAll @Size(max = 30) List<@StringLength(max = 1) @Chars({'a', 'b', 'c'}) String> old,
      @ForAll @Size(max = 30) List<@StringLength(max = 1) @Chars({'a', 'b', 'c'}) String> now) {
    long changes = LineDiff.edits(old, now).stream().filter(LineDiff.Edit::changed).count();
    assertEquals(old.size() + now.size() - 2L * lcs(old, now), changes);
  }

  @Property
  void theHunksHoldEveryChangeWithItsLineNumbers(
      @ForAll @Size(max = 40) List<@StringLength(max = 1) @Chars({'a', 'b'}) String> old,
      @ForAll @Size(max = 40) List<@StringLength(max = 1) @Chars({'a', 'b'}) String> now,
      @ForAll @IntRange(min = 0, max = 3) int context) {
    List<LineDiff.Hunk> hunks = LineDiff.hunks(old, now, context);
    long inHunks = hunks.stream().mapToLong(h -> h.changes().size()).sum();
    long all = LineDiff.edits(old, now).stream().filter(LineDiff.Edit::changed).count();
    assertEquals(all, inHunks);
    for (LineDiff.Hunk h : hunks) {
      int oldLine = h.oldCount() == 0 ? h.oldStart() + 1 : h.oldStart();
      int newLine = h.newCount() == 0 ? h.newStart() + 1 : h.newStart();
      for (LineDiff.Edit e : h.edits()) {
        if (e.kind() != '+') {
          assertEquals(old.get(oldLine - 1), e.text());
          assertEquals(oldLine++, e.oldLine());
        }
        if (e.kind() != '-') {
          assertEquals(now.get(newLine - 1), e.text());
          assertEquals(newLine++, e.newLine());
        }
      }
    }
  }

  private static List<String> side(List<LineDiff.Edit> edits, char without) {
    List<String> lines = new ArrayList<>();
    edits.stream().filter(e -> e.kind() != without).forEach(e -> lines.add(e.text()));
    return lines;
  }

  private static int lcs(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] =
            a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }
}
