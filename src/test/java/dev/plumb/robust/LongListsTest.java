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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expression limits (P110) guard expressions only: a long flat list of declarations — the
 * operations of a manifest, an axis's values, an enum's words, a record's fields, a default list,
 * the alternatives of a {@code when}, a fragment's enum parameter — is accepted, by lint, load and
 * compile, through the API and the command line.
 */
class LongListsTest {
  static final int N = 1000;

  /** A pack with a list of {@link #N} somewhere, and a cell and values it compiles to "echo OK". */
  record Case(String name, Map<String, byte[]> files, String operation, Cell cell, Values values) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String words(String prefix, String separator) {
    return IntStream.range(0, N).mapToObj(i -> prefix + i).collect(Collectors.joining(separator));
  }

  private static final String VALUES = words("v", " | ");

  static Stream<Case> packs() {
    Cell linux = Cell.of("host", "linux");
    return Stream.of(
        new Case(
            "1000 operations on one line",
            TestPack.files(
                "pack.plumb",
                TestPack.RUN_MANIFEST.replace("operation run", "operation " + words("op", ", ")),
                "op.plumb",
                "%template op" + (N - 1) + "\necho OK\n"),
            "op" + (N - 1),
            linux,
            Values.none()),
        new Case(
            "an axis of 1000 values, a 'when' of 1000 alternatives and an '%extends' naming it",
            TestPack.files(
                "pack.plumb",
                TestPack.RUN_MANIFEST.replace(
                    "linux | freebsd", VALUES + "\naxis arch = amd64 | arm64"),
                "run.plumb",
                "%template run when host = " + VALUES + "\n%block b\necho KO\n%end\n",
                "run-amd64.plumb",
                "%template run when arch = amd64, host = "
                    + VALUES
                    + "\n%extends run when host = "
                    + VALUES
                    + "\n%block b\necho OK\n%end\n"),
            "run",
            Cell.of("host", "v" + (N - 1), "arch", "amd64"),
            Values.none()),
        new Case(
            "an enum of 1000 words, a list default of 1000 elements, a record of 1000 fields",
            TestPack.files(
                "pack.plumb",
                TestPack.RUN_MANIFEST
                    + "var e : "
                    + VALUES
                    + " = v0\nvar many : list<int> = ["
                    + words("", ", ")
                    + "]\ntype big = { "
                    + words("f", ": int?, ")
                    + ": int? }\nvar r : big = {}\n",
                "run.plumb",
                "%template run\n%if e == v"
                    + (N - 1)
                    + " and len(many) == "
                    + N
                    + "\necho OK\n%end\n"
                    + "%if present(r.f"
                    + (N - 1)
                    + ")\necho KO\n%end\n"),
            "run",
            linux,
            Values.none().set("e", "v" + (N - 1))),
        new Case(
            "a fragment whose parameter is an enum of 1000 words",
            TestPack.files(
                "pack.plumb",
                TestPack.RUN_MANIFEST,
                "f.plumb",
                "%fragment f(p: " + VALUES + ")\n%if p == v" + (N - 1) + "\necho OK\n%end\n",
                "run.plumb",
                "%template run\n%include f(v" + (N - 1) + ")\n"),
            "run",
            linux,
            Values.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packs")
  void isAcceptedByLintLoadAndCompile(Case c) {
    try (TestPack dir = TestPack.temporary(c.files())) {
      Supplier<String> input = () -> c.name() + ", kept in " + dir.save("long-list");
      List<Diagnostic> lint = Bounded.run("lint", input, () -> dir.lintDiagnostics());
      assertEquals(List.of(), lint.stream().filter(Diagnostic::isError).toList(), c.name());
      Pack pack = Bounded.run("load", input, () -> dir.load());
      String script =
          Bounded.run("compile", input, () -> pack.compile(c.operation(), c.cell(), c.values()))
              .text();
      assertTrue(script.endsWith("\necho OK\n"), script);
    }
  }

  /** The command line reads the same packs: a 1000-operation manifest compiles. */
  @Test
  void theCommandLineCompilesAnOperationOfAThousand() {
    Case c = packs().findFirst().orElseThrow();
    try (TestPack dir = TestPack.temporary(c.files())) {
      CliRun run = CliRun.of(dir.root, "compile", c.operation(), "host=linux", "--pack", ".");
      assertEquals(0, run.exit(), run.errHead());
      assertTrue(run.out().endsWith("\necho OK\n"), run.out());
    }
  }

  /** Each limit's message names the limit that was hit, not both. */
  @Test
  void theMessageNamesTheLimitHit() {
    assertEquals(
        "expression too long: more than 400 operators",
        firstError(TestPack.run("echo {{ 1" + " + 1".repeat(401) + " }}\n")));
    assertEquals(
        "expression nested too deeply: more than 48 levels",
        firstError(TestPack.run("echo {{ " + "(".repeat(49) + "1" + ")".repeat(49) + " }}\n")));
    assertEquals(
        "expression too long: more than 400 operators",
        firstError(TestPack.run("%if host in [" + "linux, ".repeat(401) + "linux]\n%end\n")));
    assertEquals(
        "declaration nested too deeply: more than 48 levels",
        firstError(
            TestPack.files(
                "pack.plumb",
                TestPack.RUN_MANIFEST
                    + "var z : "
                    + "list<".repeat(49)
                    + "int"
                    + ">".repeat(49)
                    + "\n",
                "run.plumb",
                "%template run\necho\n")));
  }

  private static String firstError(Map<String, byte[]> files) {
    try (TestPack dir = TestPack.temporary(files)) {
      Diagnostic first =
          dir.lintDiagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
      assertEquals(Code.P110, first.code(), first.toString());
      return first.message();
    }
  }
}
