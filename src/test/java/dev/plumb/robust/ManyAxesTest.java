package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Loading a pack and compiling one cell never walk the matrix, whose size is exponential in the
 * axes: with 24 two-valued axes (16777216 cells) a pack loads, a cell compiles, an unsupported cell
 * names its nearest supported cell, and ties are found, each step well within the robustness bound;
 * lint and the matrix refuse such a pack with P415 instead of running out of memory.
 */
class ManyAxesTest {
  static final int AXES = 24;

  private static final String MANIFEST =
      "pack many\n"
          + IntStream.range(0, AXES)
              .mapToObj(a -> "axis a" + a + " = x | y\n")
              .collect(Collectors.joining())
          + "operation run, stop\nvar n : int = 1\n";

  /** Every axis at {@code value}, then the given axes changed. */
  private static Cell cell(String value, String... changed) {
    Map<String, String> cell = new LinkedHashMap<>();
    for (int a = 0; a < AXES; a++) {
      cell.put("a" + a, value);
    }
    for (int i = 0; i < changed.length; i += 2) {
      cell.put(changed[i], changed[i + 1]);
    }
    return Cell.of(cell);
  }

  private static String shown(Cell cell) {
    return cell.values().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  @Test
  void aCellCompilesAndAnUnsupportedOneNamesItsNearest() {
    try (TestPack dir =
        TestPack.temporary(
            TestPack.files(
                "pack.plumb",
                MANIFEST,
                "run.plumb",
                "%template run\necho any {{ n }}\n",
                "run-x.plumb",
                "%template run when a0 = x\n%if a1 == y\n%unsupported \"not with a1 = y\"\n%end\n"
                    + "echo x\n",
                "stop.plumb",
                "%template stop when a23 = y\necho stop\n"))) {
      Supplier<String> input = () -> AXES + " axes, kept in " + dir.save("many-axes");
      Pack pack = Bounded.run("load", input, () -> dir.load());
      assertTrue(
          Bounded.run("compile", input, () -> pack.compile("run", cell("y"), Values.none()))
              .text()
              .endsWith("\necho any 1\n"));
      Diagnostic unsupported =
          Bounded.failure(
                  "compile an unsupported cell",
                  input,
                  () -> pack.compile("run", cell("y", "a0", "x"), Values.none()))
              .get(0);
      assertEquals(Code.P404, unsupported.code());
      assertEquals(
          "the nearest supported cell is " + shown(cell("y", "a0", "x", "a1", "x")),
          unsupported.hint());
      Diagnostic none =
          Bounded.failure(
                  "compile a cell no template serves",
                  input,
                  () -> pack.compile("stop", cell("x"), Values.none()))
              .get(0);
      assertEquals(
          "the nearest supported cell is " + shown(cell("x", "a23", "y")), none.hint(), "" + none);
    }
  }

  /**
   * When the nearest supported cell is too far to search for (40 axes to change, each named by the
   * only template), the search stops after its tries and names the cell the template's {@code when}
   * leads to.
   */
  @Test
  void aFarSupportedCellIsNamedAfterABoundedSearch() {
    int axes = 40;
    String when =
        IntStream.range(0, axes).mapToObj(a -> "a" + a + " = x").collect(Collectors.joining(", "));
    String manifest =
        "pack far\n"
            + IntStream.range(0, axes)
                .mapToObj(a -> "axis a" + a + " = x | y\n")
                .collect(Collectors.joining())
            + "operation run\n";
    try (TestPack dir =
        TestPack.temporary(
            TestPack.files(
                "pack.plumb", manifest, "run.plumb", "%template run when " + when + "\necho\n"))) {
      Map<String, String> all = new LinkedHashMap<>();
      Map<String, String> asked = new LinkedHashMap<>();
      IntStream.range(0, axes).forEach(a -> all.put("a" + a, "x"));
      IntStream.range(0, axes).forEach(a -> asked.put("a" + a, "y"));
      Supplier<String> input = () -> "40 axes to change, kept in " + dir.save("far");
      Pack pack = Bounded.run("load", input, () -> dir.load());
      Diagnostic far =
          Bounded.failure(
                  "compile a far cell",
                  input,
                  () -> pack.compile("run", Cell.of(asked), Values.none()))
              .get(0);
      assertEquals(
          "a supported cell is "
              + shown(Cell.of(all))
              + "; none of the 100000 nearer cells tried is",
          far.hint());
    }
  }

  /**
   * Two templates tie where their {@code when}s meet, except where a more specific one wins: the
   * tie is found, at the first cell where it is left, and covering that cell too clears it.
   */
  @Test
  void tiesAreFoundWithoutWalkingTheCells() {
    Map<String, byte[]> files =
        TestPack.files(
            "pack.plumb",
            MANIFEST,
            "a.plumb",
            "%template run when a5 = x\necho a\n",
            "b.plumb",
            "%template run when a7 = y\necho b\n",
            "c.plumb",
            "%template run when a0 = x, a5 = x, a7 = y\necho c\n");
    try (TestPack dir = TestPack.temporary(files)) {
      Supplier<String> input = () -> "a tie among " + AXES + " axes, kept in " + dir.save("tie");
      List<Diagnostic> errors = Bounded.failure("load", input, () -> dir.load());
      assertEquals(1, errors.size(), errors.toString());
      assertEquals(Code.P403, errors.get(0).code());
      assertEquals(
          "this template and pack/a.plumb:1:1 both serve 'run' for "
              + shown(cell("x", "a0", "y", "a7", "y"))
              + ", each constraining 1 axis",
          errors.get(0).message());
    }
    files.putAll(TestPack.files("d.plumb", "%template run when a0 = y, a5 = x, a7 = y\necho d\n"));
    try (TestPack dir = TestPack.temporary(files)) {
      Supplier<String> input = () -> "a covered tie, kept in " + dir.save("covered");
      Pack pack = Bounded.run("load", input, () -> dir.load());
      assertTrue(
          Bounded.run(
                  "compile",
                  input,
                  () -> pack.compile("run", cell("y", "a5", "x", "a7", "y"), Values.none()))
              .text()
              .endsWith("\necho d\n"));
    }
  }

  @Test
  void lintAndTheMatrixRefuseToWalkIt() {
    try (TestPack dir =
        TestPack.temporary(
            TestPack.files(
                "pack.plumb", MANIFEST, "run.plumb", "%template run\necho {{ nope }}\n"))) {
      Supplier<String> input = () -> AXES + " axes, kept in " + dir.save("many-axes-lint");
      List<Diagnostic> lint = Bounded.run("lint", input, () -> dir.lintDiagnostics());
      // what needs no cell is still checked
      assertEquals(
          List.of(Code.P415, Code.P218, Code.P201),
          lint.stream().map(Diagnostic::code).toList(),
          "" + lint);
      assertEquals(
          "the matrix has 16777216 cells × 2 operations, more than the 100000 entries that lint"
              + " and 'plumb matrix' walk",
          lint.get(0).message());
      CliRun matrix =
          Bounded.run("plumb matrix", input, () -> CliRun.of(dir.root, "matrix", "--pack", "."));
      assertEquals(1, matrix.exit(), matrix.errHead());
    }
  }
}
