package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * docs/language.md §3.4: include and extends cycles are diagnostics (P413, P411), however long, and
 * unrolls are bounded: a 10^6-line unroll stops at the script bound (P509), an unroll that emits
 * nothing stops at the statement bound, and neither takes long.
 */
class CyclesAndUnrollsTest {
  private static final Cell LINUX = Cell.of("host", "linux");
  private static final String LISTS = TestPack.RUN_MANIFEST + "var big : list<int> = []\n";

  static List<Diagnostic> failure(
      Map<String, byte[]> files, String operation, Values values, Code expected) {
    return failure(files, operation, values, expected, CompileOptions.defaults());
  }

  private static List<Diagnostic> failure(
      Map<String, byte[]> files,
      String operation,
      Values values,
      Code expected,
      CompileOptions options) {
    try (TestPack dir = TestPack.temporary(files)) {
      Supplier<String> input = () -> "a pack kept in " + dir.save("cycles");
      List<Diagnostic> errors =
          Bounded.failure(
              "load and compile",
              input,
              () -> dir.load().compile(operation, LINUX, values, options));
      assertTrue(errors.stream().anyMatch(d -> d.code() == expected), errors.toString());
      return errors;
    }
  }

  private static List<Diagnostic> lint(Map<String, byte[]> files) {
    try (TestPack dir = TestPack.temporary(files)) {
      return Bounded.run(
          "lint", () -> "a pack kept in " + dir.save("cycles"), () -> dir.lintDiagnostics());
    }
  }

  private static Map<String, byte[]> ring(int n) {
    Map<String, byte[]> files = TestPack.run("%include f0()\n");
    for (int i = 0; i < n; i++) {
      files.putAll(
          TestPack.files(
              "f" + i + ".plumb",
              "%fragment f" + i + "()\necho " + i + "\n%include f" + ((i + 1) % n) + "()\n"));
    }
    return files;
  }

  @Test
  void anIncludeCycleIsP413ThroughTheApiLintAndTheCommandLine() {
    Map<String, byte[]> files = ring(2);
    List<Diagnostic> errors = failure(files, "run", Values.none(), Code.P413);
    assertEquals(
        "including 'f0' here makes a cycle: f0 includes f1 includes f0", errors.get(0).message());
    assertTrue(lint(files).stream().anyMatch(d -> d.code() == Code.P413));
    try (TestPack dir = TestPack.temporary(files)) {
      CliRun run = CliRun.of(dir.root, "compile", "run", "host=linux", "--pack", ".");
      assertEquals(1, run.exit());
      assertTrue(run.err().contains("error[P413]"), run.errHead());
      assertFalse(run.err().contains("internal error"), run.errHead());
    }
  }

  @Test
  void aRingOf1000FragmentsIsOneP413() {
    List<Diagnostic> errors = failure(ring(1000), "run", Values.none(), Code.P413);
    assertEquals(1, errors.stream().filter(d -> d.code() == Code.P413).count(), errors.toString());
  }

  /**
   * Each fragment includes the next twice: 2^40 paths, which the cycle check must not enumerate.
   */
  @Test
  void fragmentsIncludingTheNextTwiceLoadQuicklyAndTheirUnrollIsBounded() {
    int n = 40;
    Map<String, byte[]> files = TestPack.run("%include f0()\n");
    for (int i = 0; i < n; i++) {
      String next =
          i + 1 < n
              ? "%include f" + (i + 1) + "()\n%include f" + (i + 1) + "()\n"
              : "%require n > 0 else \"n\"\n";
      files.putAll(TestPack.files("f" + i + ".plumb", "%fragment f" + i + "()\n" + next));
    }
    assertTrue(lint(files).stream().noneMatch(Diagnostic::isError));
    // a smaller script bound makes a smaller statement bound (4 per byte), reached sooner
    List<Diagnostic> errors =
        failure(files, "run", Values.none(), Code.P509, new CompileOptions(false, 1 << 16));
    assertEquals(
        "the template runs more than 262144 statements for this cell", errors.get(0).message());
  }

  @Test
  void anExtendsCycleIsP411HoweverLong() {
    for (int n : new int[] {2, 100}) {
      StringBuilder operations = new StringBuilder("run");
      IntStream.range(1, n).forEach(i -> operations.append(", op").append(i));
      Map<String, byte[]> files =
          TestPack.files(
              "pack.plumb",
              TestPack.RUN_MANIFEST.replace("operation run", "operation " + operations));
      for (int i = 0; i < n; i++) {
        String self = i == 0 ? "run" : "op" + i;
        String parent = i == n - 1 ? "run" : "op" + (i + 1);
        files.putAll(
            TestPack.files(
                self + ".plumb",
                "%template "
                    + self
                    + " when host = linux\n%extends "
                    + parent
                    + " when host = linux\n%block b\necho\n%end\n"));
      }
      failure(files, "run", Values.none(), Code.P411);
      assertTrue(lint(files).stream().anyMatch(d -> d.code() == Code.P411));
    }
  }

  private static Values thousand() {
    List<Integer> big = new ArrayList<>();
    IntStream.range(0, 1000).forEach(big::add);
    return Values.of(Map.of("big", big));
  }

  /**
   * 1000 × 1000 lines: the bound stops it early, so it is quick and holds at most a MiB of script.
   */
  @Test
  void aMillionLineUnrollStopsAtTheScriptBound() {
    long start = System.nanoTime();
    List<Diagnostic> errors =
        failure(
            TestPack.files(
                "pack.plumb",
                LISTS,
                "run.plumb",
                "%template run\n%each x in big\n%each y in big\necho {{ x }} {{ y }}\n%end\n%end\n"),
            "run",
            thousand(),
            Code.P509);
    assertEquals("the script would be larger than 1048576 bytes", errors.get(0).message());
    assertTrue(
        System.nanoTime() - start < 10_000_000_000L,
        "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  /**
   * 10^9 statements that emit nothing would run for many minutes: the statement bound stops them.
   */
  @Test
  void anUnrollThatEmitsNothingStopsAtTheStatementBound() {
    long start = System.nanoTime();
    List<Diagnostic> errors =
        failure(
            TestPack.files(
                "pack.plumb",
                LISTS,
                "run.plumb",
                "%template run\n%each x in big\n%each y in big\n%each z in big\n%let w = x + y + z\n%end\n%end\n%end\n"),
            "run",
            thousand(),
            Code.P509,
            // a quarter of the default bound (4 statements per byte of 1 MiB): the same stop,
            // reached within the 5 s of every robustness run on a loaded machine too
            new CompileOptions(false, 1 << 18));
    assertEquals(
        "the template runs more than 1048576 statements for this cell", errors.get(0).message());
    assertTrue(
        System.nanoTime() - start < 10_000_000_000L,
        "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  @Test
  void anUnrollFailingForEveryElementReportsEachDistinctErrorOnceAndAtMost100() {
    List<Diagnostic> same =
        failure(
            TestPack.files(
                "pack.plumb",
                LISTS,
                "run.plumb",
                "%template run\n%each x in big\n%require x < 0 else \"negative only\"\n%end\n"),
            "run",
            thousand(),
            Code.P506);
    assertEquals(1, same.size(), same.toString());
    List<Diagnostic> different =
        failure(
            TestPack.files(
                "pack.plumb",
                LISTS,
                "run.plumb",
                "%template run\n%each x in big\n%each y in big\necho {{ big[x + y + 1000] }}\n%end\n%end\n"),
            "run",
            thousand(),
            Code.P507);
    // 100 errors, then the note that evaluation stopped with more to find
    assertEquals(101, different.size());
    assertEquals(100, different.stream().filter(d -> d.code() == Code.P507).count());
    assertEquals(Code.P512, different.get(100).code());
  }

  /**
   * Each %let doubles the text: 2^40 characters unless the text bound stops it; join() is bounded
   * too.
   */
  @Test
  void textDoubledByEachLetStopsAtTheScriptBound() {
    StringBuilder body = new StringBuilder("%let t0 = s\n");
    IntStream.range(1, 41)
        .forEach(
            i ->
                body.append("%let t")
                    .append(i)
                    .append(" = t")
                    .append(i - 1)
                    .append(" + t")
                    .append(i - 1)
                    .append("\n"));
    body.append("echo {{ len(t40) }}\n").append("echo {{ len(join([t19, t19], t19)) }}\n");
    List<Diagnostic> errors =
        failure(TestPack.run(body.toString()), "run", Values.none(), Code.P509);
    assertEquals(
        List.of(23, 44), errors.stream().map(d -> d.span().line()).toList(), errors.toString());
    for (Diagnostic error : errors) {
      assertEquals(
          "this text would be longer than the script's bound of 1048576 bytes", error.message());
    }
  }
}
