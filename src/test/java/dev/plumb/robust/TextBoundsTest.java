package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.TestPack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-ins that make or search text are bounded before they work: a result over the script's
 * bound is refused at its call (P509) before it is built, and searching is linear, so no value
 * under the bounds makes a compile exhaust the heap or run for minutes.
 */
class TextBoundsTest {
  private static final Cell LINUX = Cell.of("host", "linux");

  /**
   * Every built-in that makes text refuses a result over the script's bound with P509 at its call,
   * before building it: {@code replace(s, "a", s)} on 600,000 characters would be 3.6 * 10^11
   * characters (an OutOfMemoryError, once), and the others grow their text up to threefold.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "replace(s, \"a\", s)",
        "replace(s, \"\", \"b\")",
        "join([s, s], \"\")",
        "s + s",
        "commas(c)",
        "upper(z)",
        "lower(i)",
      })
  void eachTextBuiltInRefusesAResultOverTheBound(String expression) {
    String manifest =
        TestPack.RUN_MANIFEST
            + "var c : string = \"\"\nvar z : string = \"\"\nvar i : string = \"\"\n";
    Values values =
        Values.of(
            Map.of(
                "s", "a".repeat(600_000),
                "c", ",".repeat(600_000),
                "z", "ß".repeat(600_000),
                "i", "İ".repeat(600_000)));
    List<Diagnostic> errors =
        CyclesAndUnrollsTest.failure(
            TestPack.files(
                "pack.plumb",
                manifest,
                "run.plumb",
                "%template run\n%let t = " + expression + "\necho {{ len(t) }}\n"),
            "run",
            values,
            Code.P509);
    assertEquals(1, errors.size(), errors.toString());
    Diagnostic error = errors.get(0);
    assertEquals(
        "this text would be longer than the script's bound of 1048576 bytes", error.message());
    assertEquals(List.of(2, 10), List.of(error.span().line(), error.span().column()));
  }

  /**
   * Finding text is linear: String.indexOf tries every start again, so contains() or replace() of a
   * 500,000-character part in a 1,000,000-character value took minutes; each step here has the
   * robustness tests' 5 s.
   */
  @Test
  void containsAndReplaceOnLargeTextsAreLinear() {
    String manifest = TestPack.RUN_MANIFEST + "var t : string = \"\"\n";
    Values values = Values.of(Map.of("s", "a".repeat(1_000_000), "t", "a".repeat(499_999) + "b"));
    try (TestPack dir =
        TestPack.temporary(
            TestPack.files(
                "pack.plumb",
                manifest,
                "run.plumb",
                "%template run\n%if not contains(s, t)\necho {{ len(replace(s, t, \"x\")) }}\n%end\n"))) {
      String script =
          Bounded.run(
                  "compile",
                  () -> "a pack kept in " + dir.save("search"),
                  () -> dir.load().compile("run", LINUX, values))
              .text();
      assertTrue(script.endsWith("echo 1000000\n"), script);
    }
  }
}
