package dev.plumb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Matrix;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack loaded to compile one operation (plumb compile) is checked whole the first time; once a
 * verdict says these very files load without an error, only the files the operation reads are
 * loaded. What it compiles is what the whole pack compiles; a pack with an error anywhere is
 * refused every time; a verdict that does not read back whole is not trusted.
 */
class VerdictCacheTest {
  @TempDir Path tmp;

  private static final String MANIFEST =
      """
      pack two "two operations"
      axis host = linux | freebsd
      operation start, stop
      var name : name
      """;

  private Path pack(String stop) throws IOException {
    Path pack = Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(pack.resolve("pack.plumb"), MANIFEST);
    Files.writeString(
        pack.resolve("start.plumb"), "%template start\n%include hello(name)\necho started\n");
    Files.writeString(
        pack.resolve("hello.plumb"), "%fragment hello(n: name)\necho hello {{ n }}\n");
    Files.writeString(pack.resolve("stop.plumb"), stop);
    return pack;
  }

  private static final Cell LINUX = Cell.of("host", "linux");

  private Path cache() {
    return tmp.resolve("cache");
  }

  private List<Path> verdicts() throws IOException {
    if (!Files.isDirectory(cache())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache())) {
      return files.toList();
    }
  }

  @Test
  void theSecondLoadReadsOnlyTheOperationsFilesAndCompilesTheSame() throws IOException {
    Path pack = pack("%template stop\necho stopping {{ name }}\n");
    Values values = Values.of(Map.of("name", "web1"));
    Cell cell = Cell.of("host", "linux");
    String whole = Pack.load(pack, "pack").compile("start", cell, values).text();

    Pack first = Pack.loadFor("start", LINUX, pack, "pack", cache());
    assertEquals(whole, first.compile("start", cell, values).text());
    assertEquals(1, verdicts().size(), "a verdict is kept for a pack without errors");
    // the first load was whole: every operation is in its matrix
    assertTrue(first.matrix().entries().stream().anyMatch(e -> e.operation().equals("stop")));

    Pack second = Pack.loadFor("start", LINUX, pack, "pack", cache());
    assertEquals(whole, second.compile("start", cell, values).text());
    // the second read only start's template and the fragment it includes: stop has no template
    List<Matrix.Entry> stops =
        second.matrix().entries().stream().filter(e -> e.operation().equals("stop")).toList();
    assertFalse(stops.isEmpty());
    assertTrue(stops.stream().noneMatch(Matrix.Entry::supported), stops.toString());
  }

  @Test
  void aCellTheVerdictKnowsReadsOnlyItsChainAndOneItDoesNotReadsTheOperations() throws IOException {
    Path pack = pack("%template stop\necho stopping {{ name }}\n");
    Files.writeString(
        pack.resolve("start-bsd.plumb"),
        "%template start when host = freebsd\n%include hello(name)\necho started on BSD\n");
    Values values = Values.of(Map.of("name", "web1"));
    Cell bsd = Cell.of("host", "freebsd");
    Pack whole = Pack.load(pack, "pack");
    Pack.loadFor("start", LINUX, pack, "pack", cache()); // the verdict

    Pack linux = Pack.loadFor("start", LINUX, pack, "pack", cache());
    assertEquals(
        whole.compile("start", LINUX, values).text(), linux.compile("start", LINUX, values).text());
    assertEquals(List.of("start.plumb"), chains(linux), "only linux's chain, not start-bsd.plumb");
    Pack freebsd = Pack.loadFor("start", bsd, pack, "pack", cache());
    assertEquals(
        whole.compile("start", bsd, values).text(), freebsd.compile("start", bsd, values).text());
    assertEquals(List.of("start-bsd.plumb"), chains(freebsd));

    // a cell given in another order is the same cell; one not given in full is not in the
    // verdict: the operation's files are read, and the compile says what the whole pack says
    Pack unknown = Pack.loadFor("start", Cell.of(), pack, "pack", cache());
    assertEquals(List.of("start-bsd.plumb", "start.plumb"), chains(unknown));
    assertEquals(
        assertThrows(PlumbException.class, () -> whole.compile("start", Cell.of(), values))
            .getMessage(),
        assertThrows(PlumbException.class, () -> unknown.compile("start", Cell.of(), values))
            .getMessage());
  }

  /** The chains a pack serves, each by its first template: the templates it read. */
  private static List<String> chains(Pack pack) {
    return pack.matrix().entries().stream()
        .filter(Matrix.Entry::supported)
        .map(e -> e.templates().get(0))
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void aPackWithAnErrorInAnotherOperationIsRefusedEveryTime() throws IOException {
    Path pack = pack("%template stop\necho stopping {{ nmae }}\n");
    for (int run = 0; run < 2; run++) {
      PlumbException refused =
          assertThrows(
              PlumbException.class, () -> Pack.loadFor("start", LINUX, pack, "pack", cache()));
      assertTrue(refused.getMessage().contains("nmae"), refused.getMessage());
    }
    assertEquals(List.of(), verdicts(), "no verdict for a pack with an error");
  }

  @Test
  void anErrorAddedAfterAVerdictIsAPackNeverSeen() throws IOException {
    Path pack = pack("%template stop\necho stopping {{ name }}\n");
    Pack.loadFor("start", LINUX, pack, "pack", cache());
    assertEquals(1, verdicts().size());
    // the error is in a file start does not read: the key covers every file all the same
    Files.writeString(pack.resolve("stop.plumb"), "%template stop\necho stopping {{ nmae }}\n");
    PlumbException refused =
        assertThrows(
            PlumbException.class, () -> Pack.loadFor("start", LINUX, pack, "pack", cache()));
    assertTrue(refused.getMessage().contains("nmae"), refused.getMessage());
  }

  @Test
  void aVerdictThatDoesNotReadBackWholeIsNotTrusted() throws IOException {
    Path pack = pack("%template stop\necho stopping {{ name }}\n");
    Pack.loadFor("start", LINUX, pack, "pack", cache());
    Path verdict = verdicts().get(0);
    String kept = Files.readString(verdict);
    // a verdict that claims start reads nothing but the manifest, its sum left as it was
    Files.writeString(
        verdict,
        kept.replaceAll("(?m)^(op\tstart|cell\tstart [^\t]*)\t.*$", "$1"),
        StandardCharsets.UTF_8);
    assertNotEquals(kept, Files.readString(verdict));
    assertTrue(
        stopIsServed(Pack.loadFor("start", LINUX, pack, "pack", cache())), "loaded whole again");
    assertEquals(kept, Files.readString(verdict), "and its verdict written again");
    // cut short, or not a verdict at all
    for (String bad : List.of(kept.substring(0, kept.length() / 2), "", "\u0000\u0001")) {
      Files.writeString(verdict, bad, StandardCharsets.UTF_8);
      assertTrue(stopIsServed(Pack.loadFor("start", LINUX, pack, "pack", cache())), bad);
      assertEquals(kept, Files.readString(verdict));
    }
  }

  /** Whether the pack has stop's template: a pack loaded whole for start has it. */
  private static boolean stopIsServed(Pack pack) {
    return pack.matrix().entries().stream()
        .filter(e -> e.operation().equals("stop"))
        .allMatch(Matrix.Entry::supported);
  }

  @Test
  void concurrentRunsEachSeeAWholeVerdictOrNone() throws Exception {
    Path pack = pack("%template stop\necho stopping {{ name }}\n");
    Values values = Values.of(Map.of("name", "web1"));
    Pack loaded = Pack.load(pack, "pack");
    Map<String, String> whole = new HashMap<>();
    for (String operation : List.of("start", "stop")) {
      whole.put(operation, loaded.compile(operation, Cell.of("host", "freebsd"), values).text());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String operation = i % 2 == 0 ? "stop" : "start";
        Callable<String> run =
            () ->
                Pack.loadFor(operation, Cell.of("host", "freebsd"), pack, "pack", cache())
                        .compile(operation, Cell.of("host", "freebsd"), values)
                        .text()
                        .equals(whole.get(operation))
                    ? "same"
                    : "different for " + operation;
        runs.add(pool.submit(run));
      }
      for (Future<String> run : runs) {
        assertEquals("same", run.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, verdicts().size(), verdicts().toString());
  }

  @Test
  void theCommandLineKeepsVerdictsWherePlumbCacheSays() throws IOException {
    Path pack = pack("%template stop\necho stopping {{ name }}\n");
    CliRun.Given given = CliRun.Given.NOTHING.withEnv("PLUMB_CACHE", tmp.resolve("c").toString());
    String[] args = {"compile", "start", "host=linux", "--pack", "pack", "--set", "name=web1"};
    CliRun first = CliRun.of(tmp, given, args);
    CliRun second = CliRun.of(tmp, given, args);
    assertEquals(0, first.exit(), first.err());
    assertEquals(first, second);
    try (Stream<Path> kept = Files.list(tmp.resolve("c/verdicts"))) {
      assertEquals(1, kept.count());
    }
    // off: nothing kept
    CliRun off = CliRun.of(tmp, CliRun.Given.NOTHING.withEnv("PLUMB_CACHE", "off"), args);
    assertEquals(first, off);
  }

  @Test
  void eachCellOfTheBuiltInPackCompilesFromItsChainsFilesWhatItCompilesFromAll()
      throws IOException {
    Pack all = Pack.builtIn();
    List<Values> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(Pack.builtInFolder().resolve("examples"))) {
      for (Path file : files.sorted().toList()) {
        examples.add(Values.fromJson(file));
      }
    }
    Matrix.Entry first = all.matrix().entries().get(0);
    Pack.builtInFor(first.operation(), first.cell(), cache()); // the verdict
    int compared = 0;
    for (Matrix.Entry entry : all.matrix().entries()) {
      Pack part = Pack.builtInFor(entry.operation(), entry.cell(), cache());
      assertTrue(
          part.matrix().entries().stream()
              .filter(e -> !e.operation().equals(entry.operation()))
              .noneMatch(Matrix.Entry::supported),
          entry + ": only its own operation's files were read");
      if (entry.supported()) {
        assertTrue(
            part.matrix().entries().stream()
                .filter(Matrix.Entry::supported)
                .allMatch(e -> entry.templates().containsAll(e.templates())),
            entry + ": only its chain was read (its ancestors may serve cells of their own)");
      }
      for (Values values : examples) {
        assertEquals(outcome(all, entry, values), outcome(part, entry, values), entry.toString());
        compared++;
      }
    }
    assertTrue(compared > 1000, compared + " compiles compared");
  }

  private static String outcome(Pack pack, Matrix.Entry entry, Values values) {
    try {
      return pack.compile(entry.operation(), entry.cell(), values).text();
    } catch (PlumbException e) {
      return e.getMessage();
    }
  }
}
