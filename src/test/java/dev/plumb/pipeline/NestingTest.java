package dev.plumb.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import dev.plumb.source.Point;
import dev.plumb.testing.TestPack;
import dev.plumb.values.Supplied;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loading a pack (so lint) reports the P110 a compile would meet, at the same place: a chain of
 * includes, with directives nested along it, or a chain of templates each calling {@code %super},
 * that nests bodies more than 256 deep on some path. Generated packs around the limit: both say
 * nothing, or both say P110 at the include or block that leads past it.
 */
class NestingTest {
  private static final String MANIFEST =
      "pack deep \"d\"\naxis host = linux\noperation run\nvar n : int = 1\n";

  @TempDir Path dir;

  /**
   * The template nests {@code outer} %ifs around an include of f0; f0 … f(n-1) each include the
   * next inside {@code inner} %ifs. The deepest body is 1 + outer + n * (inner + 1) levels down;
   * the error is at the include that enters the body at level 257.
   */
  @ParameterizedTest(name = "{0} fragments, {1} %if outside, {2} inside each")
  @CsvSource({
    "255, 0, 0, ",
    "256, 0, 0, p/f254.plumb:2:1",
    "300, 0, 0, p/f254.plumb:2:1",
    "245, 10, 0, ",
    "246, 10, 0, p/f244.plumb:2:1",
    "127, 0, 1, ",
    "128, 0, 1, p/f126.plumb:3:1",
    "84, 3, 2, ",
    "85, 3, 2, p/f83.plumb:4:1",
  })
  void anIncludeChainPastTheLimitIsP110AtLoadWhereTheCompileMeetsIt(
      int fragments, int outer, int inner, String expected) throws IOException {
    Map<String, String> files = new TreeMap<>();
    files.put("run.plumb", "%template run\n" + nested(outer, "%include f0()\n"));
    for (int i = 0; i < fragments; i++) {
      String next = i + 1 < fragments ? "%include f" + (i + 1) + "()\n" : "echo {{ n }}\n";
      files.put("f" + i + ".plumb", "%fragment f" + i + "()\n" + nested(inner, next));
    }
    agree(files, "run", expected);
  }

  /**
   * Templates op1 … op(n-1) each extend the one before and call %super in block b: compiling op(k)
   * enters the body of op(k - j + 2)'s block at level j, so level 257 is op(k - 255)'s block.
   */
  @ParameterizedTest(name = "{0} templates")
  @CsvSource({"255, ", "256, p/run.plumb:2:1", "300, p/op44.plumb:3:1"})
  void aSuperChainPastTheLimitIsP110AtLoadWhereTheCompileMeetsIt(int templates, String expected)
      throws IOException {
    Map<String, String> files = new TreeMap<>();
    StringBuilder operations = new StringBuilder("run");
    files.put("run.plumb", "%template run\n%block b\necho {{ n }}\n%end\n");
    for (int i = 1; i < templates; i++) {
      operations.append(", op").append(i);
      files.put(
          "op" + i + ".plumb",
          "%template op"
              + i
              + "\n%extends "
              + (i == 1 ? "run" : "op" + (i - 1))
              + "\n%block b\n%super\n%end\n");
    }
    files.put("pack.plumb", MANIFEST.replace("operation run", "operation " + operations));
    agree(files, "op" + (templates - 1), expected);
  }

  private static String nested(int ifs, String inside) {
    return "%if n > 0\n".repeat(ifs) + inside + "%end\n".repeat(ifs);
  }

  /**
   * Loading reports P110 at {@code expected} (or no error when null), the compile of {@code
   * operation} meets the same, and lint fails the pack the same way.
   */
  private void agree(Map<String, String> files, String operation, String expected)
      throws IOException {
    files.putIfAbsent("pack.plumb", MANIFEST);
    TestPack pack = TestPack.in(dir, TestPack.utf8(files));
    Checked<PackModel> loaded = PackLoader.load(PackFiles.read(dir, "p"));
    List<String> atLoad = p110(loaded.diagnostics());
    List<String> atCompile;
    try {
      new CellCompiler(loaded.value())
          .compile(
              operation,
              new Point(Map.of("host", "linux")),
              Supplied.none(),
              false,
              CellCompiler.DEFAULT_MAX_BYTES);
      atCompile = List.of();
    } catch (Failure e) {
      atCompile = p110(e.diagnostics());
    }
    List<String> want = expected == null ? List.of() : List.of(expected);
    assertEquals(want, atCompile, "the compile");
    if (expected != null) {
      // every chain past the limit is reported, the one compiled among them
      assertTrue(atLoad.contains(expected), "load: " + atLoad);
      assertTrue(
          pack.lintDiagnostics().stream()
              .anyMatch(d -> d.isError() && d.code() == Code.P110 && where(d).equals(expected)));
    } else {
      assertEquals(List.of(), atLoad, "load");
      assertEquals(List.of(), loaded.diagnostics());
    }
  }

  private static List<String> p110(List<Diagnostic> diagnostics) {
    diagnostics.stream()
        .filter(d -> d.code() == Code.P110)
        .forEach(
            d ->
                assertEquals(
                    "includes, blocks and directives are nested more than 256 deep here",
                    d.message()));
    return diagnostics.stream().filter(d -> d.code() == Code.P110).map(NestingTest::where).toList();
  }

  private static String where(Diagnostic d) {
    return d.span().path() + ":" + d.span().line() + ":" + d.span().column();
  }
}
