package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However many errors there are, a failure reports the first 100 and a note (P512) saying how many
 * more: when loading a pack, binding values and evaluating a cell, through the API and the command
 * line, whose output stays small even when every error is on one 1 MB line.
 */
class ManyErrorsTest {
  private static final Cell LINUX = Cell.of("host", "linux");

  /** The note that ends a capped report. */
  private static void assertNote(Diagnostic note, String message) {
    assertEquals(Code.P512, note.code());
    assertEquals(Severity.NOTE, note.severity());
    assertEquals(message, note.message());
  }

  /** 100,000 unknown keys on one line: 100 errors, each a few short lines, and the count. */
  @Test
  void aValuesFileOfUnknownKeysPrintsAHundredErrors(@TempDir Path tmp) throws IOException {
    String keys =
        IntStream.range(0, 100_000)
            .mapToObj(i -> "\"k" + i + "\":1")
            .collect(Collectors.joining(",", "{", "}"));
    Files.writeString(tmp.resolve("values.json"), keys);
    TestPack.in(tmp.resolve("pack"), TestPack.run("echo {{ n }}\n"));
    Supplier<String> input = () -> "100000 unknown keys";
    Values values =
        Bounded.run("read the values", input, () -> Values.fromJson(tmp.resolve("values.json")));
    Pack pack = Bounded.run("load", input, () -> Pack.load(tmp.resolve("pack")));
    List<Diagnostic> errors =
        Bounded.failure("compile", input, () -> pack.compile("run", LINUX, values));
    assertEquals(101, errors.size());
    assertTrue(errors.subList(0, 100).stream().allMatch(d -> d.code() == Code.P501));
    assertNote(errors.get(100), "99900 more errors are not shown");
    String[] args = "compile run host=linux --pack pack --values values.json".split(" ");
    CliRun run = Bounded.run("plumb compile", input, () -> CliRun.of(tmp, args));
    assertEquals(1, run.exit(), run.errHead());
    assertTrue(run.err().length() < 100_000, run.err().length() + " bytes of errors");
    assertEquals(100, run.err().split("error\\[P501]", -1).length - 1);
    assertTrue(
        run.err()
            .endsWith(
                "plumb: note[P512]: 99900 more errors are not shown\n"
                    + "  = hint: only the first 100 are; fix them and run again\n"),
        run.errHead());
  }

  /** A request naming 150 unknown axes. */
  @Test
  void aRequestReportsAHundredErrors() {
    try (TestPack dir = TestPack.temporary(TestPack.run("echo\n"))) {
      Pack pack = dir.load();
      Map<String, String> cell = new LinkedHashMap<>(Map.of("host", "linux"));
      IntStream.range(0, 150).forEach(i -> cell.put("axis" + i, "x"));
      List<Diagnostic> errors =
          Bounded.failure(
              "compile",
              () -> "150 unknown axes",
              () -> pack.compile("run", Cell.of(cell), Values.none()));
      assertEquals(101, errors.size());
      assertNote(errors.get(100), "50 more errors are not shown");
    }
  }

  /** Loading is capped; lint, which reports for CI, is not. */
  @Test
  void loadingReportsAHundredErrorsAndLintThemAll() {
    try (TestPack dir = TestPack.temporary(TestPack.run("echo {{ nope }}\n".repeat(150)))) {
      List<Diagnostic> load = Bounded.failure("load", () -> "150 errors", () -> dir.load());
      assertEquals(101, load.size());
      assertNote(load.get(100), "50 more errors are not shown");
      List<Diagnostic> lint = dir.lintDiagnostics();
      assertEquals(150, lint.stream().filter(d -> d.code() == Code.P201).count());
    }
  }

  /** An unroll that fails differently for each element stops at the 101st error, and says so. */
  @Test
  void evaluationStopsAfterAHundredErrors() {
    try (TestPack dir =
        TestPack.temporary(TestPack.run("%each x in l\necho {{ l[x + 1000] }}\n%end\n"))) {
      String list =
          IntStream.range(0, 300).mapToObj(Integer::toString).collect(Collectors.joining(","));
      List<Diagnostic> errors =
          Bounded.failure(
              "compile",
              () -> "300 index errors",
              () -> dir.load().compile("run", LINUX, Values.none().set("l", "[" + list + "]")));
      assertEquals(101, errors.size(), () -> "the last: " + errors.get(errors.size() - 1));
      assertTrue(errors.subList(0, 100).stream().allMatch(d -> d.code() == Code.P507));
      assertNote(errors.get(100), "stopped after 100 errors: there are more");
    }
  }
}
