package dev.plumb.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the nearest known names by edit distance, at most four. */
public final class Suggest {
  private static final int MAX = 4;

  private Suggest() {}

  /** Candidates within a distance that grows with the word's length, nearest first. */
  public static List<String> near(String word, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(3, word.length() / 3 + 1));
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      int d = distance.apply(word, candidate);
      if (d >= 0 && !candidate.equals(word)) {
        scored.add(new Scored(candidate, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(MAX).map(Scored::name).toList();
  }

  /** {@code 'a', 'b' or 'c'}, each name prefixed. */
  public static String list(List<String> names, String prefix) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(i == names.size() - 1 ? " or " : ", ");
      }
      out.append('\'').append(prefix).append(names.get(i)).append('\'');
    }
    return out.toString();
  }

  /** A "did you mean …?" hint, or null when nothing is near. */
  public static String hint(String word, Collection<String> candidates) {
    List<String> near = near(word, candidates);
    return near.isEmpty() ? null : "did you mean " + list(near, "") + "?";
  }

  /** "did you mean …?" for the names near {@code word}, else {@code otherwise}. */
  public static String hintOr(String word, Collection<String> candidates, String otherwise) {
    String hint = hint(word, candidates);
    return hint != null ? hint : otherwise;
  }
}
