package dev.plumb.suite;

import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Site;
import dev.plumb.Sites;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Template coverage, the template's line and branch coverage: which text lines of a pack's
 * templates and fragments the scripts compiled emitted, and which {@code %if} arms they took (see
 * {@link Site}), file by file. A site's hits are the number of scripts that reached it, however
 * often an {@code %each} repeated it in one script. {@link CoverageText} and {@link CoverageLcov}
 * render it; {@link #shortfalls} is the {@code --min} check.
 *
 * @param pack the pack's name
 * @param files each file with at least one site, in the pack's order
 */
public record Coverage(String pack, List<FileCoverage> files) {
  public Coverage {
    files = List.copyOf(files);
  }

  /** A site and how many scripts reached it. */
  public record Hits<S extends Site>(S site, int scripts) {
    public boolean covered() {
      return scripts > 0;
    }
  }

  /** One template or fragment: its lines and arms with their hits, in file order. */
  public record FileCoverage(String file, List<Hits<Site.Line>> lines, List<Hits<Site.Arm>> arms) {
    public FileCoverage {
      lines = List.copyOf(lines);
      arms = List.copyOf(arms);
    }

    public Ratio lineRatio() {
      return Ratio.of(lines);
    }

    public Ratio branchRatio() {
      return Ratio.of(arms);
    }

    /** Whether every line was emitted and every arm taken. */
    public boolean complete() {
      return lineRatio().complete() && branchRatio().complete();
    }
  }

  /**
   * How many of {@code total} sites were covered. A ratio with nothing to count is complete: 100 %
   * ({@code 0/0 (100.0 %)}), so a pack without {@code %if} has full branch coverage.
   */
  public record Ratio(int covered, int total) {
    static Ratio of(List<? extends Hits<?>> hits) {
      return new Ratio((int) hits.stream().filter(Hits::covered).count(), hits.size());
    }

    public boolean complete() {
      return covered == total;
    }

    /**
     * The percentage with one decimal ({@code 95.8 %}), rounded as genhtml rounds it, so that the
     * two agree: to the nearest, except that a ratio short of complete is never {@code 100.0 %} and
     * one above none never {@code 0.0 %}.
     */
    public String percent() {
      long tenths = total == 0 ? 1000 : (2000L * covered + total) / (2L * total);
      if (covered < total) {
        tenths = Math.min(tenths, 999);
      }
      if (covered > 0) {
        tenths = Math.max(tenths, 1);
      }
      return tenths / 10 + "." + tenths % 10 + " %";
    }

    /**
     * Whether the ratio reaches {@code min} percent, compared exactly, not as {@link #percent}
     * shows it; a ratio with nothing to count always does.
     */
    public boolean reaches(double min) {
      return total == 0 || covered * 100.0 >= min * total;
    }

    Ratio plus(Ratio other) {
      return new Ratio(covered + other.covered, total + other.total);
    }

    /** {@code 412/430 (95.8 %)}. */
    @Override
    public String toString() {
      return covered + "/" + total + " (" + percent() + ")";
    }
  }

  /**
   * The coverage of {@code pack}'s templates by {@code scripts}, any scripts compiled from it (from
   * this load of the pack or another of the same files: sites are values). A site a script reached
   * that the pack does not have is not counted.
   */
  public static Coverage of(Pack pack, Iterable<Script> scripts) {
    Map<Site, Integer> hits = new HashMap<>();
    for (Script script : scripts) {
      Sites reached = script.reached();
      reached.lines().forEach(site -> hits.merge(site, 1, Integer::sum));
      reached.arms().forEach(site -> hits.merge(site, 1, Integer::sum));
    }
    Sites all = pack.coverable();
    // by path, the order the pack lists its files in
    Map<String, List<Hits<Site.Line>>> lines = new TreeMap<>();
    Map<String, List<Hits<Site.Arm>>> arms = new TreeMap<>();
    all.lines()
        .forEach(
            l -> lines.computeIfAbsent(l.file(), f -> new ArrayList<>()).add(counted(l, hits)));
    all.arms()
        .forEach(a -> arms.computeIfAbsent(a.file(), f -> new ArrayList<>()).add(counted(a, hits)));
    Set<String> files = new TreeSet<>(lines.keySet());
    files.addAll(arms.keySet());
    List<FileCoverage> covered = new ArrayList<>();
    for (String file : files) {
      covered.add(
          new FileCoverage(
              file, lines.getOrDefault(file, List.of()), arms.getOrDefault(file, List.of())));
    }
    return new Coverage(pack.name(), covered);
  }

  private static <S extends Site> Hits<S> counted(S site, Map<Site, Integer> hits) {
    return new Hits<>(site, hits.getOrDefault(site, 0));
  }

  /** The text lines of every file: emitted ones of all. */
  public Ratio lines() {
    return total(FileCoverage::lineRatio);
  }

  /** The arms of every {@code %if}: taken ones of all. */
  public Ratio branches() {
    return total(FileCoverage::branchRatio);
  }

  private Ratio total(Function<FileCoverage, Ratio> ratio) {
    Ratio sum = new Ratio(0, 0);
    for (FileCoverage f : files) {
      sum = sum.plus(ratio.apply(f));
    }
    return sum;
  }

  /**
   * What falls short of {@code min} percent ({@code --min PERCENT}): lines and branches must each
   * reach it; a measure with nothing to count (a pack without {@code %if}) reaches any minimum.
   * Empty when both do; else one sentence per measure below it ({@code lines 412/430 (95.8 %) are
   * below the minimum of 98 %}).
   *
   * @throws IllegalArgumentException when {@code min} is not a percentage from 0 to 100
   */
  public List<String> shortfalls(double min) {
    if (!(min >= 0 && min <= 100)) {
      throw new IllegalArgumentException("a minimum coverage is a percentage from 0 to 100");
    }
    String shown = BigDecimal.valueOf(min).stripTrailingZeros().toPlainString();
    List<String> below = new ArrayList<>();
    if (!lines().reaches(min)) {
      below.add("lines " + lines() + " are below the minimum of " + shown + " %");
    }
    if (!branches().reaches(min)) {
      below.add("branches " + branches() + " are below the minimum of " + shown + " %");
    }
    return below;
  }
}
