package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Values in files a script writes as shell: a generated body declared {@code %heredoc shell} (bare
 * words, words in a word, double quotes, a {@code case}, a function, a nested here-document, a
 * comment), filled with hostile values, is written by the script and then sourced by dash, bash and
 * busybox sh. Each value reaches its command as exactly one argument, the nested here-document
 * holds it byte for byte, and nothing else runs (no canary, no other file). A value that would
 * spell a delimiter line is P314; a secret is never written (P318).
 */
class ShellBodyProperties {
  /** A line of the body: its text, and the arguments its stub call gets (s, p, then the list). */
  private record Snippet(String text, List<String> args) {}

  private static final String MANIFEST =
      """
      pack body "shell body property pack"
      operation run
      var s  : string
      var p  : path
      var ss : list<string>
      var k  : secret
      """;
  private static final List<List<String>> SHELLS =
      List.of(List.of("dash"), List.of("bash"), List.of("busybox", "sh"));

  private static Path bin;

  @BeforeContainer
  static void setUp() throws Exception {
    Tools.require("dash", "dash");
    Tools.require("bash", "bash");
    Tools.require("busybox", "busybox");
    bin = Files.createTempDirectory("plumb-stub");
    Tools.stub(bin, "stub", "");
  }

  @AfterContainer
  static void tearDown() {
    TestPack.delete(bin);
  }

  /** The lines a body is made of; "S", "P" and "SS" in the arguments stand for the values. */
  private static final List<Snippet> SNIPPETS =
      List.of(
          new Snippet("stub {{ s }}", List.of("S")),
          new Snippet("stub \"{{ s }}\" x{{ s }}y", List.of("S", "xSy")),
          new Snippet("stub \"a{{ p }}b\" {{ p }}", List.of("aPb", "P")),
          new Snippet("V={{ s }}; stub \"$V\"", List.of("S")),
          new Snippet("case {{ s }} in\n*) stub \"{{ s }}\" ;;\nesac", List.of("S")),
          new Snippet("if true; then stub {{ p }}; fi", List.of("P")),
          new Snippet("f() { stub \"$@\"; }\nf {{ s }} {{ ss }}", List.of("S", "SS")),
          new Snippet("# a path: {{ p }}", List.of()),
          new Snippet("cat >> inner.out <<INNER\n{{ s }}\nINNER", null));

  @Provide
  Arbitrary<List<Integer>> bodies() {
    return Arbitraries.integers().between(0, SNIPPETS.size() - 1).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> strings() {
    return Hostile.injection();
  }

  @Provide
  Arbitrary<String> paths() {
    return Hostile.injection().map(ValuesGen::path);
  }

  @Provide
  Arbitrary<List<String>> stringLists() {
    return Hostile.injection().list().ofMaxSize(3);
  }

  @Property
  void sourcedFilesRunNoValue(
      @ForAll("bodies") List<Integer> body,
      @ForAll("strings") String s,
      @ForAll("paths") String p,
      @ForAll("stringLists") List<String> ss)
      throws Exception {
    StringBuilder text = new StringBuilder("%template run\n%heredoc shell\ncat > svc.sh <<'EOF'\n");
    List<List<String>> calls = new ArrayList<>();
    StringBuilder inner = new StringBuilder();
    for (int i : body) {
      Snippet snippet = SNIPPETS.get(i);
      text.append(snippet.text()).append('\n');
      if (snippet.args() == null) {
        inner.append(s).append('\n');
      } else if (!snippet.args().isEmpty()) {
        calls.add(arguments(snippet.args(), s, p, ss));
      }
    }
    text.append("EOF\n");
    Pack pack = TestPack.load(Map.of("pack.plumb", MANIFEST, "run.plumb", text.toString()));
    Values values = Values.of(Map.of("s", s, "p", p, "ss", ss));
    boolean spellsDelimiter =
        lines(s).contains("EOF") || (lines(s).contains("INNER") && inner.length() > 0);
    String script;
    try {
      script = pack.compile("run", Cell.of(), values).text();
    } catch (PlumbException e) {
      assertTrue(
          spellsDelimiter && e.diagnostics().stream().allMatch(d -> d.code() == Code.P314),
          e.getMessage() + "\n" + text);
      return;
    }
    // a value with such a line may still compile: quoted, or inside a word, it is not the line
    for (List<String> shell : SHELLS) {
      source(shell, script, calls, inner.toString());
    }
  }

  /** A secret in a body declared as shell is refused, wherever it stands. */
  @Property
  void secretsAreNeverWritten(@ForAll("bodies") List<Integer> body) {
    StringBuilder text = new StringBuilder("%template run\n%heredoc shell\ncat > svc.sh <<'EOF'\n");
    for (int i : body) {
      text.append(SNIPPETS.get(i).text().replace("{{ s }}", "{{ k }}")).append('\n');
    }
    text.append("EOF\n");
    boolean secretUsed = text.toString().contains("{{ k }}");
    try {
      Pack pack = TestPack.load(Map.of("pack.plumb", MANIFEST, "run.plumb", text.toString()));
      pack.compile("run", Cell.of(), Values.of(Map.of("s", "", "p", "/x", "ss", List.of())));
      assertTrue(!secretUsed, "a secret was written into a shell file:\n" + text);
    } catch (PlumbException e) {
      assertTrue(
          secretUsed && e.diagnostics().stream().anyMatch(d -> d.code() == Code.P318),
          e.getMessage());
    }
  }

  /** The file's bytes as UTF-8, malformed sequences replaced: a mismatch is shown, not thrown. */
  private static String read(Path file) throws java.io.IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static List<String> lines(String s) {
    return Arrays.asList(s.split("\n", -1));
  }

  private static List<String> arguments(List<String> shape, String s, String p, List<String> ss) {
    List<String> args = new ArrayList<>();
    for (String a : shape) {
      if (a.equals("SS")) {
        args.addAll(ss);
      } else {
        args.add(a.replace("S", "\u0000").replace("P", p).replace("\u0000", s));
      }
    }
    return args;
  }

  /** The script writes svc.sh; then {@code shell} sources it, and everything it did is checked. */
  private static void source(
      List<String> shell, String script, List<List<String>> calls, String inner) throws Exception {
    Path work = Files.createTempDirectory("plumb-body");
    try {
      Map<String, String> env =
          Map.of(
              "PATH", bin + ":/usr/bin:/bin",
              "STUB_LOG", work.resolve("argv").toString(),
              "HOME", work.toString());
      // bash writes the file: dash loses a byte of some here-document lines (see Hostile)
      Tools.Result wrote = Tools.runScript(List.of("bash"), script, work, env);
      assertEquals(0, wrote.exit(), wrote.err() + "\n" + script);
      List<String> command = new ArrayList<>(shell);
      command.addAll(List.of("-c", ". ./svc.sh"));
      Tools.Result sourced = Tools.run(command, work, env);
      String where = shell + " sourcing\n" + read(work.resolve("svc.sh"));
      assertEquals(0, sourced.exit(), sourced.err() + "\n" + where);
      Path argv = work.resolve("argv");
      assertEquals(calls, Tools.stubArguments(argv, "stub"), where);
      Set<String> expected = new TreeSet<>(Set.of("script.sh", "svc.sh"));
      if (!calls.isEmpty()) {
        expected.add("argv");
      }
      if (!inner.isEmpty()) {
        expected.add("inner.out");
        if (!(shell.get(0).equals("dash") && Hostile.dashLosesAByte(inner, "INNER"))) {
          assertEquals(
              Hostile.escaped(inner), Hostile.escaped(read(work.resolve("inner.out"))), where);
        }
      }
      try (var files = Files.list(work)) {
        // no canary, nor any other file: nothing but the file's own commands ran
        assertEquals(
            expected, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()), where);
      }
    } finally {
      TestPack.delete(work);
    }
  }
}
