package dev.plumb.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference of two texts, line by line, as the hunks of a unified diff: a shortest edit script
 * (Myers' O(ND) algorithm), so that a one-line change is one removed and one added line, however
 * long the texts.
 */
public final class LineDiff {
  private LineDiff() {}

  /** One line of a hunk: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
  public record Edit(char kind, String text, int oldLine, int newLine) {
    /**
     * @param oldLine the 1-based line in the old text, or 0 for an added line
     * @param newLine the 1-based line in the new text, or 0 for a removed line
     */
    public Edit {}

    public boolean changed() {
      return kind != ' ';
    }
  }

  /**
   * A hunk: a run of changes with up to {@code context} kept lines around it.
   *
   * @param oldStart the 1-based first old line (as {@code @@ -oldStart,oldCount}); when the hunk
   *     removes nothing from an empty range, the line before it, as diff(1) writes it
   */
  public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Edit> edits) {
    public Hunk {
      edits = List.copyOf(edits);
    }

    /** {@code @@ -1,3 +1,4 @@}. */
    public String header() {
      return "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@";
    }

    private static String range(int start, int count) {
      return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /**
     * The changed lines alone, {@code -} and {@code +} lines in order: what identical changes
     * share.
     */
    public List<Edit> changes() {
      return edits.stream().filter(Edit::changed).toList();
    }

    /**
     * The change as text, without positions: each removed and added line after its {@code -} or
     * {@code +}. Hunks with equal changes made the same edit, wherever they stand.
     */
    public List<String> change() {
      return changes().stream().map(e -> e.kind() + e.text()).toList();
    }
  }

  /** Every line of the two texts, kept, removed or added, in order. */
  public static List<Edit> edits(List<String> old, List<String> now) {
    int n = old.size();
    int m = now.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x =
            k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && old.get(x).equals(now.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    return backtrack(old, now, trace, offset, found);
  }

  /** Walks the saved frontiers back from the end, collecting the edits in reverse. */
  private static List<Edit> backtrack(
      List<String> old, List<String> now, List<int[]> trace, int offset, int depth) {
    List<Edit> reversed = new ArrayList<>();
    int x = old.size();
    int y = now.size();
    for (int d = depth; d > 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      int prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
      int prevX = v[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        reversed.add(new Edit(' ', old.get(x - 1), x, y));
        x--;
        y--;
      }
      if (x == prevX) {
        reversed.add(new Edit('+', now.get(y - 1), 0, y));
        y--;
      } else {
        reversed.add(new Edit('-', old.get(x - 1), x, 0));
        x--;
      }
    }
    while (x > 0 && y > 0) {
      reversed.add(new Edit(' ', old.get(x - 1), x, y));
      x--;
      y--;
    }
    List<Edit> edits = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      edits.add(reversed.get(i));
    }
    return edits;
  }

  /** The hunks of a unified diff with {@code context} kept lines around each change. */
  public static List<Hunk> hunks(List<String> old, List<String> now, int context) {
    List<Edit> edits = edits(old, now);
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    while (i < edits.size()) {
      if (!edits.get(i).changed()) {
        i++;
        continue;
      }
      int start = Math.max(0, i - context);
      int end = i;
      // extend over changes whose kept gap is at most 2 × context: they share a hunk
      while (true) {
        while (end < edits.size() && edits.get(end).changed()) {
          end++;
        }
        int gap = end;
        while (gap < edits.size() && !edits.get(gap).changed()) {
          gap++;
        }
        if (gap < edits.size() && gap - end <= 2 * context) {
          end = gap;
        } else {
          end = Math.min(edits.size(), end + context);
          break;
        }
      }
      hunks.add(hunk(edits, start, end));
      i = end;
    }
    return hunks;
  }

  private static Hunk hunk(List<Edit> edits, int start, int end) {
    List<Edit> in = edits.subList(start, end);
    int oldCount = (int) in.stream().filter(e -> e.kind() != '+').count();
    int newCount = (int) in.stream().filter(e -> e.kind() != '-').count();
    return new Hunk(
        firstLine(edits, start, true, oldCount),
        oldCount,
        firstLine(edits, start, false, newCount),
        newCount,
        in);
  }

  /** The hunk's first line on one side: the next line of that side, or the one before when none. */
  private static int firstLine(List<Edit> edits, int start, boolean oldSide, int count) {
    int before = 0;
    for (int i = 0; i < start; i++) {
      Edit e = edits.get(i);
      if (oldSide ? e.kind() != '+' : e.kind() != '-') {
        before++;
      }
    }
    return count == 0 ? before : before + 1;
  }

  /** The unified diff's body: each hunk's header and lines, each line ending in a newline. */
  public static String unified(List<Hunk> hunks) {
    StringBuilder out = new StringBuilder();
    for (Hunk h : hunks) {
      out.append(h.header()).append('\n');
      for (Edit e : h.edits()) {
        out.append(e.kind()).append(e.text()).append('\n');
      }
    }
    return out.toString();
  }
}
