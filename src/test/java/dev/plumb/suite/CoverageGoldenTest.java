package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Build;
import dev.plumb.Pack;
import dev.plumb.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two renderings of template coverage, byte for byte, for a small pack built with its examples
 * ({@code src/test/resources/dev/plumb/suite/coverage}): an {@code %if} with {@code %elif} and
 * {@code %else}, two without {@code %else} (one in a fragment), an {@code %each}, a block with
 * {@code %super} in a child, a fragment never included. {@code -Dplumb.bless=true} rewrites the
 * expectations from what plumb gives.
 */
class CoverageGoldenTest {
  private static final boolean BLESS = Boolean.getBoolean("plumb.bless");
  private static final Path CASE = Path.of("src/test/resources/dev/plumb/suite/coverage");

  @Test
  void textAndLcovAreAsExpected() throws IOException {
    Coverage coverage = coverage();
    check(CASE.resolve("expected.txt"), CoverageText.render(coverage));
    check(CASE.resolve("expected.lcov"), CoverageLcov.render(coverage));
  }

  /** The pack, shown as {@code coverage}, built with each of its examples in every cell. */
  static Coverage coverage() {
    Path folder = CASE.resolve("pack");
    Pack pack = Pack.load(folder, "coverage");
    Build build = pack.build(ValueSets.byName(ValueSets.examples(folder, "coverage")));
    List<Script> scripts =
        build.withStatus(Build.Status.BUILT).stream().map(Build.Entry::script).toList();
    return Coverage.of(pack, scripts);
  }

  private static void check(Path expected, String actual) throws IOException {
    if (BLESS) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, expected.toString());
  }
}
