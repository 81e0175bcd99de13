package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/language.md §3.4: nesting of any depth, in templates and manifests, ends in a located
 * diagnostic (P110), through the Java API and the command line (exit 1, no internal error), and
 * never in a stack overflow; steps run on a thread with the stack of {@code java}'s main thread (1
 * MiB).
 */
class DeepNestingTest {
  static final int DEEP = 100_000;
  static final int DIRECTIVES = 10_000;

  /** A pack nested too deeply somewhere: lint finds it, and so does a compile. */
  record Case(String name, Map<String, byte[]> files, Code expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> packs() {
    return Stream.of(
        template(
            "10000 nested %if",
            "%if n > 0\n".repeat(DIRECTIVES) + "echo\n" + "%end\n".repeat(DIRECTIVES)),
        template(
            "1000 nested %each", "%each x in l\n".repeat(1000) + "echo\n" + "%end\n".repeat(1000)),
        template("1000 unclosed %if", "%if b\n".repeat(1000) + "echo\n"),
        template(
            "100000 parentheses", "echo {{ " + "(".repeat(DEEP) + "n" + ")".repeat(DEEP) + " }}\n"),
        template("100000 unclosed parentheses", "echo {{ " + "(".repeat(DEEP) + "n }}\n"),
        template(
            "100000 list brackets",
            "echo {{ len(" + "[".repeat(DEEP) + "n" + "]".repeat(DEEP) + ") }}\n"),
        template("100000 nots", "%if " + "not ".repeat(DEEP) + "b\necho\n%end\n"),
        template("100000 terms n + n + …", "echo {{ n" + " + n".repeat(DEEP - 1) + " }}\n"),
        template(
            "100000 terms in %let", "%let x = n" + " * n".repeat(DEEP - 1) + "\necho {{ x }}\n"),
        template("100000 indexes l[0][0]…", "echo {{ l" + "[0]".repeat(DEEP) + " }}\n"),
        template("100000 unary minus", "echo {{ " + "-".repeat(DEEP) + "n }}\n"),
        template("100000 fields", "echo {{ n" + ".x".repeat(DEEP) + " }}\n"),
        template(
            "100000 calls", "echo {{ " + "str(".repeat(DEEP) + "n" + ")".repeat(DEEP) + " }}\n"),
        template(
            "100000 record braces",
            "echo {{ " + "{a: ".repeat(DEEP) + "1" + "}".repeat(DEEP) + " }}\n"),
        template(
            "100000 nested holes", "echo " + "{{ ".repeat(DEEP) + "n" + " }}".repeat(DEEP) + "\n"),
        manifest(
            "100000 list<list<…>> in a type",
            "var z : " + "list<".repeat(DEEP) + "int" + ">".repeat(DEEP) + "\n"),
        manifest(
            "100000 [[…]] in a default",
            "var z : list<list<int>> = " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n"),
        template("1000 %let each wrapping the last in [ ]", lets(1000)),
        new Case("300 fragments each including the next", includes(300), Code.P110),
        new Case("300 templates each calling %super", supers(300), Code.P110));
  }

  private static Case template(String name, String body) {
    return new Case(name, TestPack.run(body), null);
  }

  private static Case manifest(String name, String more) {
    return new Case(
        name,
        TestPack.files(
            "pack.plumb", TestPack.RUN_MANIFEST + more, "run.plumb", "%template run\necho\n"),
        Code.P110);
  }

  private static String lets(int n) {
    StringBuilder body = new StringBuilder("%let a0 = [1]\n");
    for (int i = 1; i < n; i++) {
      body.append("%let a").append(i).append(" = [a").append(i - 1).append("]\n");
    }
    return body.append("echo {{ len(a").append(n - 1).append(") }}\n").toString();
  }

  private static Map<String, byte[]> includes(int n) {
    Map<String, byte[]> files = TestPack.run("%include f0()\n");
    for (int i = 0; i < n; i++) {
      files.putAll(
          TestPack.files(
              "f" + i + ".plumb",
              "%fragment f"
                  + i
                  + "()\n"
                  + (i + 1 < n ? "%include f" + (i + 1) + "()\n" : "echo {{ n }}\n")));
    }
    return files;
  }

  private static Map<String, byte[]> supers(int n) {
    StringBuilder operations = new StringBuilder("run");
    for (int i = 1; i < n; i++) {
      operations.append(", op").append(i);
    }
    Map<String, byte[]> files =
        TestPack.files(
            "pack.plumb",
            TestPack.RUN_MANIFEST.replace("operation run", "operation " + operations),
            "run.plumb",
            "%template run when host = linux\n%block b\necho {{ n }}\n%end\n");
    for (int i = 1; i < n; i++) {
      String parent = i == 1 ? "run" : "op" + (i - 1);
      files.putAll(
          TestPack.files(
              "op" + i + ".plumb",
              "%template op"
                  + i
                  + " when host = linux\n%extends "
                  + parent
                  + " when host = linux\n%block b\n%super\necho "
                  + i
                  + "\n%end\n"));
    }
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packs")
  void endsInADiagnosticThroughTheApiAndTheCommandLine(Case c) {
    Code expected = c.expected() == null ? Code.P110 : c.expected();
    String operation = c.name().contains("%super") ? "op299" : "run";
    try (TestPack dir = TestPack.temporary(c.files())) {
      Supplier<String> input = () -> c.name() + ", kept in " + dir.save("deep");
      List<Diagnostic> lint = Bounded.run("lint", input, () -> dir.lintDiagnostics());
      assertTrue(lint.stream().anyMatch(d -> d.code() == expected), c + ": " + lint);
      List<Diagnostic> errors =
          Bounded.failure(
              "load and compile",
              input,
              () -> dir.load().compile(operation, Cell.of("host", "linux"), Values.none()));
      assertTrue(errors.stream().anyMatch(d -> d.code() == expected), c + ": " + errors);
      CliRun run =
          Bounded.run(
              "plumb compile",
              input,
              () -> CliRun.of(dir.root, "compile", operation, "host=linux", "--pack", "."));
      assertEquals(1, run.exit(), run.errHead());
      assertFalse(run.err().contains("internal error"), run.errHead());
      assertTrue(run.err().contains("error[" + expected + "]"), run.errHead());
    }
  }

  /**
   * Values nested 100000 deep, as a file, a --set and Java lists, end in P505 or P503 (JSON's limit
   * is 1000 levels).
   */
  @Test
  void deepValuesEndInADiagnostic(@TempDir Path tmp) throws IOException {
    String deep = "[".repeat(DEEP) + "]".repeat(DEEP);
    Files.writeString(tmp.resolve("deep.json"), "{\"ls\": " + deep + "}");
    TestPack.in(tmp.resolve("pack"), TestPack.run("echo {{ len(ls) }}\n"));
    Path pack = tmp.resolve("pack");
    Supplier<String> input = () -> "values nested " + DEEP + " deep";
    Diagnostic file =
        Bounded.failure("values file", input, () -> Values.fromJson(tmp.resolve("deep.json")))
            .get(0);
    assertEquals(Code.P505, file.code());
    assertEquals("malformed JSON: values nested deeper than 1000 levels", file.message());
    Diagnostic set =
        Bounded.failure(
                "--set",
                input,
                () ->
                    Pack.load(pack)
                        .compile("run", Cell.of("host", "linux"), Values.none().set("ls", deep)))
            .get(0);
    assertEquals(Code.P503, set.code());
    Diagnostic java =
        Bounded.failure(
                "Values.of",
                input,
                () -> {
                  Object nested = List.of();
                  for (int i = 0; i < DEEP; i++) {
                    nested = List.of(nested);
                  }
                  return Values.of(Map.of("ls", nested));
                })
            .get(0);
    assertEquals("values nested deeper than 1000 levels, under 'ls'", java.message());
    for (String[] args :
        List.of(new String[] {"--values", "deep.json"}, new String[] {"--set", "ls=" + deep})) {
      CliRun run =
          Bounded.run(
              "plumb compile",
              input,
              () ->
                  CliRun.of(
                      tmp,
                      Stream.concat(
                              Stream.of("compile", "run", "host=linux", "--pack", "pack"),
                              Stream.of(args))
                          .toArray(String[]::new)));
      assertEquals(1, run.exit(), run.errHead());
      assertTrue(run.err().contains("values nested deeper than 1000 levels"), run.errHead());
      assertFalse(run.err().contains("internal error"), run.errHead());
    }
  }

  /**
   * 1000 record types, each a field of the next: lint, compile (with values 999 deep) and schema
   * end without a crash.
   */
  @Test
  void deepRecordTypesEndWithoutACrash(@TempDir Path tmp) {
    int n = 1000;
    StringBuilder manifest =
        new StringBuilder(TestPack.RUN_MANIFEST).append("type r0 = { x: int? }\n");
    for (int i = 1; i < n; i++) {
      manifest.append("type r").append(i).append(" = { x: r").append(i - 1).append("? }\n");
    }
    manifest.append("var deep : r").append(n - 1).append("?\n");
    String values = "{\"x\": ".repeat(998) + "{}" + "}".repeat(998);
    try (TestPack dir =
        TestPack.temporary(
            TestPack.files(
                "pack.plumb",
                manifest.toString(),
                "run.plumb",
                "%template run\necho {{ present(deep) }}\n"))) {
      Supplier<String> input = () -> n + " nested record types";
      Bounded.run("lint", input, () -> dir.lintDiagnostics());
      Pack pack = Bounded.run("load", input, () -> dir.load());
      assertTrue(
          Bounded.run(
                  "compile",
                  input,
                  () ->
                      pack.compile(
                          "run", Cell.of("host", "linux"), Values.none().set("deep", values)))
              .text()
              .endsWith("echo true\n"));
      CliRun schema =
          Bounded.run("plumb schema", input, () -> CliRun.of(dir.root, "schema", "--pack", "."));
      assertEquals(0, schema.exit(), schema.errHead());
    }
  }
}
