package dev.plumb.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the nearest known names by edit distance, at most four. The question is written
 * here and read back here ({@link #asked}), so that the editor's fixes learn the names from the
 * hint without guessing at its words.
 */
public final class Suggest {
  private static final int MAX = 4;
  private static final String QUESTION = "did you mean ";
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

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

  /**
   * The names {@link #near} {@code word}, and those that hold it or that it holds (a word of three
   * letters or more: {@code tap} for {@code tap_up}), nearest first, at most four.
   */
  public static List<String> close(String word, Collection<String> candidates) {
    List<String> close = new ArrayList<>(near(word, candidates));
    if (word.length() >= 3) {
      for (String candidate : ranked(word, candidates)) {
        boolean holds = candidate.contains(word) || word.contains(candidate);
        if (holds && !candidate.equals(word) && !close.contains(candidate)) {
          close.add(candidate);
        }
      }
    }
    return close.stream().limit(MAX).toList();
  }

  /** Every candidate, nearest to {@code word} first (then by name). */
  public static List<String> ranked(String word, Collection<String> candidates) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    List<String> ranked = new ArrayList<>(candidates);
    ranked.sort(
        Comparator.comparingInt((String c) -> distance.apply(word, c))
            .thenComparing(Comparator.naturalOrder()));
    return ranked;
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

  /** {@code did you mean 'a' or 'b'?}, each name prefixed. */
  public static String question(List<String> names, String prefix) {
    return QUESTION + list(names, prefix) + "?";
  }

  /**
   * The names a hint that ends with {@link #question} asks about, their prefix included; none when
   * it ends otherwise. The list is read back only when writing its names again gives it exactly, so
   * that a name is never half of one.
   */
  public static List<String> asked(String hint) {
    int at = hint == null ? -1 : hint.lastIndexOf(QUESTION);
    if (at < 0 || !hint.endsWith("?")) {
      return List.of();
    }
    String listed = hint.substring(at + QUESTION.length(), hint.length() - 1);
    List<String> names = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(listed);
    while (quoted.find()) {
      names.add(quoted.group(1));
    }
    return !names.isEmpty() && list(names, "").equals(listed) ? List.copyOf(names) : List.of();
  }

  /** A "did you mean …?" hint, or null when nothing is near. */
  public static String hint(String word, Collection<String> candidates) {
    List<String> near = near(word, candidates);
    return near.isEmpty() ? null : question(near, "");
  }

  /** "did you mean …?" for the names near {@code word}, else {@code otherwise}. */
  public static String hintOr(String word, Collection<String> candidates, String otherwise) {
    String hint = hint(word, candidates);
    return hint != null ? hint : otherwise;
  }
}
