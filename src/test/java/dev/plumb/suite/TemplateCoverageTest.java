package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Site;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting template coverage: hits, ratios and their rounding, line ranges, the --min check. */
class TemplateCoverageTest {
  @TempDir Path dir;

  @Test
  void ratiosShowOneDecimalRoundedAsGenhtmlDoes() {
    assertEquals("412/430 (95.8 %)", new Coverage.Ratio(412, 430).toString());
    assertEquals("88/96 (91.7 %)", new Coverage.Ratio(88, 96).toString());
    // never 100.0 % while a site is missed, never 0.0 % when one is covered
    assertEquals("9999/10000 (99.9 %)", new Coverage.Ratio(9999, 10000).toString());
    assertEquals("1/10000 (0.1 %)", new Coverage.Ratio(1, 10000).toString());
    assertEquals("0/3 (0.0 %)", new Coverage.Ratio(0, 3).toString());
    assertEquals("0/0 (100.0 %)", new Coverage.Ratio(0, 0).toString());
  }

  @Test
  void theMinimumIsComparedExactlyAndNothingToCountReachesAny() {
    assertEquals(false, new Coverage.Ratio(9999, 10000).reaches(100));
    assertEquals(true, new Coverage.Ratio(49, 50).reaches(98));
    assertEquals(false, new Coverage.Ratio(4898, 5000).reaches(98));
    assertEquals(true, new Coverage.Ratio(0, 0).reaches(100));
  }

  @Test
  void linesAndBranchesMustEachReachTheMinimum() {
    Coverage coverage = CoverageGoldenTest.coverage();
    assertEquals(List.of(), coverage.shortfalls(76.9));
    assertEquals(
        List.of("lines 10/13 (76.9 %) are below the minimum of 77 %"), coverage.shortfalls(77));
    assertEquals(
        List.of(
            "lines 10/13 (76.9 %) are below the minimum of 90.5 %",
            "branches 7/9 (77.8 %) are below the minimum of 90.5 %"),
        coverage.shortfalls(90.5));
    assertThrows(IllegalArgumentException.class, () -> coverage.shortfalls(100.5));
    assertThrows(IllegalArgumentException.class, () -> coverage.shortfalls(Double.NaN));
  }

  @Test
  void aPackWithoutIfHasFullBranchCoverage() {
    Pack pack = TestPack.start(dir, "a\nb\n").load();
    Coverage coverage = Coverage.of(pack, List.of(compile(pack, TestPack.BHYVE)));
    assertEquals("lines 2/2 (100.0 %), branches 0/0 (100.0 %)\n", CoverageText.render(coverage));
    assertEquals(List.of(), coverage.shortfalls(100));
  }

  @Test
  void hitsCountScriptsAndScriptsOfAnotherLoadOfThePackCountAlike() {
    TestPack files =
        TestPack.start(dir, "%if host == linux\nlinux\n%end\n%each t in vm.tags\nt\n%end\n");
    Pack pack = files.load();
    Script linux = compile(files.load(), TestPack.QEMU);
    Coverage coverage = Coverage.of(pack, List.of(linux, linux, compile(pack, TestPack.BHYVE)));
    Coverage.FileCoverage file = coverage.files().get(0);
    assertEquals(List.of(2, 0), file.lines().stream().map(Coverage.Hits::scripts).toList());
    assertEquals(List.of(2, 1), file.arms().stream().map(Coverage.Hits::scripts).toList());
  }

  @Test
  void sitesAPackDoesNotHaveAreNotCounted() {
    Pack other =
        TestPack.of(dir.resolve("other"), "start.plumb", "%template start\nother\n").load();
    Pack pack = TestPack.start(dir.resolve("pack"), "%if vm.on\non\n%end\n").load();
    Coverage coverage = Coverage.of(pack, List.of(compile(other, TestPack.BHYVE)));
    assertEquals("lines 0/1 (0.0 %), branches 0/2 (0.0 %)", summary(coverage));
    assertEquals(
        "BRDA:2,0,0,-",
        CoverageLcov.render(coverage)
            .lines()
            .filter(l -> l.startsWith("BRDA"))
            .findFirst()
            .orElseThrow());
  }

  @Test
  void missedLinesAreRangesThatOnlyACoveredLineBreaks() {
    assertEquals(
        List.of("12", "15-17", "20"), CoverageText.missedRanges(lines(12, -13, 15, 17, -19, 20)));
    assertEquals(List.of("1-9"), CoverageText.missedRanges(lines(1, 4, 9)));
    assertEquals(List.of(), CoverageText.missedRanges(lines(-1, -2)));
  }

  /** Lines of one file: a positive number a missed line, a negative one a covered line. */
  private static List<Coverage.Hits<Site.Line>> lines(int... numbers) {
    return IntStream.of(numbers)
        .mapToObj(n -> new Coverage.Hits<>(new Site.Line("f", Math.abs(n)), n < 0 ? 1 : 0))
        .toList();
  }

  private static Script compile(Pack pack, Cell cell) {
    return pack.compile("start", cell, Values.none());
  }

  private static String summary(Coverage coverage) {
    return "lines " + coverage.lines() + ", branches " + coverage.branches();
  }
}
