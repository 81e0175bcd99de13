package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * §3.2: hostile string and path values reach commands byte for byte as exactly the expected
 * arguments in every emission context (bare, inside a word, in double quotes, list elements, {@code
 * join}, {@code commas}, a fragment parameter, an assignment, a redirection target, both kinds of
 * here-document) under dash, bash and busybox sh; nothing else runs (no canary file, no other
 * file); a value with an unpaired surrogate is refused (P503), never written.
 */
class InjectionProperties {
  private static final Map<String, String> FILES =
      Map.of(
          "pack.plumb",
              """
          pack inject "injection property pack"
          operation run, doc
          var s  : string
          var p  : path
          var f  : path
          var ss : list<string>
          var ps : list<path>
          """,
          "run.plumb",
              """
          %template run
          V={{ s }}
          stub {{ s }} x{{ s }}y "{{ s }}" "a{{ p }}b" {{ p }} {{ ss }} "{{ join(ss, ",") }}" {{ ps }} \\
            file={{ commas(p) }},if=virtio "{{ commas(s) }}" --opt={{ s }} "$V"
          %include args(s, p, ss)
          printf '%s' {{ s }} > {{ f }}
          # a path in a comment: {{ p }}
          """,
          "args.plumb",
              """
          %fragment args(x: string, y: path, zs: list<string>)
          stub {{ x }} "{{ y }}" {{ zs }}
          """,
          "doc.plumb",
              """
          %template doc
          cat > unquoted.out <<EOF
          {{ s }}
          EOF
          cat > quoted.out <<'EOF'
          {{ s }}
          EOF
          """);
  private static final List<List<String>> SHELLS =
      List.of(List.of("dash"), List.of("bash"), List.of("busybox", "sh"));

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          SHELLS.size(),
          task -> {
            Thread thread = new Thread(task, "shell");
            thread.setDaemon(true);
            return thread;
          });

  private static Pack pack;
  private static Path bin;

  @BeforeContainer
  static void setUp() throws Exception {
    Tools.require("dash", "dash");
    Tools.require("bash", "bash");
    Tools.require("busybox", "busybox");
    pack = TestPack.load(FILES);
    bin = Files.createTempDirectory("plumb-stub");
    Tools.stub(bin, "stub", "");
  }

  @AfterContainer
  static void tearDown() {
    TestPack.delete(bin);
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
  Arbitrary<String> fileNames() {
    return Hostile.fileNames();
  }

  @Provide
  Arbitrary<List<String>> stringLists() {
    return Hostile.injection().list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<String>> pathLists() {
    return Hostile.injection().map(ValuesGen::path).list().ofMaxSize(3);
  }

  @Property
  void valuesArriveByteForByte(
      @ForAll("strings") String s,
      @ForAll("paths") String p,
      @ForAll("fileNames") String f,
      @ForAll("stringLists") List<String> ss,
      @ForAll("pathLists") List<String> ps)
      throws Exception {
    Values values = Values.of(Map.of("s", s, "p", p, "f", f, "ss", ss, "ps", ps));
    String commands = pack.compile("run", Cell.of(), values).text();
    boolean endsHeredoc = Arrays.asList(s.split("\n", -1)).contains("EOF");
    String doc = "";
    try {
      doc = pack.compile("doc", Cell.of(), values).text();
      assertFalse(endsHeredoc, "a value with the line 'EOF' was written into a here-document");
    } catch (PlumbException e) {
      assertTrue(
          endsHeredoc && e.diagnostics().stream().allMatch(d -> d.code() == Code.P314),
          e.getMessage());
    }
    List<String> first = new ArrayList<>(List.of(s, "x" + s + "y", s, "a" + p + "b", p));
    first.addAll(ss);
    first.add(String.join(",", ss));
    first.addAll(ps);
    first.addAll(
        List.of(
            "file=" + p.replace(",", ",,") + ",if=virtio", s.replace(",", ",,"), "--opt=" + s, s));
    List<String> second = new ArrayList<>(List.of(s, p));
    second.addAll(ss);
    List<List<String>> calls = List.of(first, second);
    String script = commands + doc;
    // the three shells run side by side; a failure is reported for the first shell in order
    List<Future<Void>> runs = new ArrayList<>();
    for (List<String> shell : SHELLS) {
      runs.add(POOL.submit(() -> run(shell, script, calls, s, f, endsHeredoc)));
    }
    for (Future<Void> run : runs) {
      try {
        run.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
      }
    }
  }

  /** Runs {@code script} under {@code shell} in a fresh folder and checks everything it did. */
  private static Void run(
      List<String> shell,
      String script,
      List<List<String>> calls,
      String s,
      String f,
      boolean endsHeredoc)
      throws Exception {
    Path work = Files.createTempDirectory("plumb-run");
    try {
      Tools.Result result =
          Tools.runScript(
              shell,
              script,
              work,
              Map.of(
                  "PATH",
                  bin + ":/usr/bin:/bin",
                  "STUB_LOG",
                  work.resolve("argv").toString(),
                  "HOME",
                  work.toString()));
      String where = shell + " on\n" + script;
      assertEquals(0, result.exit(), shell + " failed: " + result.err() + "\n" + script);
      assertEquals(calls, Tools.stubArguments(work.resolve("argv"), "stub"), where);
      // file names are read through the shell (Java's view of them depends on the locale): each
      // name NUL-ended, an empty one, then the redirection target's content
      List<String> listing =
          new ArrayList<>(
              Arrays.asList(
                  inShell(
                          work,
                          "for x in * .[!.]* ..?*; do "
                              + "if [ -e \"$x\" ]; then printf '%s\\0' \"$x\"; fi; done; printf '\\0'; for x in r*; do cat -- \"$x\"; done")
                      .split("\0", -1)));
      int end = listing.indexOf("");
      assertEquals(
          s,
          String.join("\0", listing.subList(end + 1, listing.size())),
          "redirection target " + where);
      Set<String> expected = new TreeSet<>(Set.of("script.sh", "argv", f));
      if (!endsHeredoc) {
        if (!(shell.get(0).equals("dash") && Hostile.dashLosesAByte(s, "EOF"))) {
          String body = Hostile.escaped(s + "\n");
          assertEquals(body, Hostile.escaped(read(work.resolve("unquoted.out"))), "<<EOF " + where);
          assertEquals(body, Hostile.escaped(read(work.resolve("quoted.out"))), "<<'EOF' " + where);
        }
        expected.addAll(List.of("unquoted.out", "quoted.out"));
      }
      // no canary, nor any other file: nothing but the script's own commands ran
      assertEquals(expected, new TreeSet<>(listing.subList(0, end)), where);
      return null;
    } finally {
      TestPack.delete(work);
    }
  }

  @Provide
  Arbitrary<Integer> slots() {
    return Arbitraries.integers().between(0, 4);
  }

  /**
   * A value that is not text (an unpaired surrogate) is a P503 diagnostic wherever it is given,
   * never a script.
   */
  @Property
  void unpairedSurrogatesAreRefused(
      @ForAll("slots") int slot,
      @ForAll("withSurrogates") String bad,
      @ForAll("fileNames") String good) {
    Map<String, Object> values =
        new LinkedHashMap<>(
            Map.of("s", good, "p", good, "f", good, "ss", List.of(good), "ps", List.of(good)));
    String name = List.of("s", "p", "f", "ss", "ps").get(slot);
    values.put(name, slot >= 3 ? List.of(good, bad) : bad);
    for (String operation : List.of("run", "doc")) {
      try {
        Script script = pack.compile(operation, Cell.of(), Values.of(values));
        throw new AssertionError(
            "a value with an unpaired surrogate was written:\n" + script.text());
      } catch (PlumbException e) {
        assertTrue(
            !e.diagnostics().isEmpty()
                && e.diagnostics().stream().allMatch(d -> d.code() == Code.P503),
            e.getMessage());
      }
    }
  }

  @Provide
  Arbitrary<String> withSurrogates() {
    return Hostile.withSurrogate();
  }

  /**
   * The file's bytes as UTF-8, malformed sequences replaced (so that a mismatch is shown, not
   * thrown).
   */
  private static String read(Path file) throws java.io.IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /** What {@code command} prints when dash runs it in {@code dir}. */
  private static String inShell(Path dir, String command) throws Exception {
    Tools.Result result = Tools.run(List.of("dash", "-c", command), dir, Map.of());
    assertEquals(0, result.exit(), result.err());
    return result.out();
  }
}
