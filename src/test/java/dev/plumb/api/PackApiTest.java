package dev.plumb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.golden.GoldenCase;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API of docs/language.md §7: one load, many compiles, from many threads. */
class PackApiTest {
  private static final Path TUTORIAL = Path.of("samples", "tutorial");
  private static final Cell BHYVE = Cell.of("host", "freebsd", "hypervisor", "bhyve");

  @Test
  void aLoadedPackIsSharedSafelyAcrossThreads() throws Exception {
    Pack pack = Pack.load(TUTORIAL);
    Values values = Values.fromJson(TUTORIAL.resolve("examples/web1.json"));
    String expected = pack.compile("start", BHYVE, values).text();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int cpus = 1 + i % 8;
        results.add(
            pool.submit(
                () -> pack.compile("start", BHYVE, values.set("vm.cpus", "" + cpus)).text()));
      }
      for (int i = 0; i < results.size(); i++) {
        String text = results.get(i).get();
        assertEquals(expected.replace("-c 2 ", "-c " + (1 + i % 8) + " "), text);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachLineKnowsItsTemplateLine() {
    Script script =
        Pack.load(TUTORIAL)
            .compile("start", BHYVE, Values.fromJson(TUTORIAL.resolve("examples/web1.json")));
    ScriptLine header = script.lines().get(0);
    assertEquals("#!/bin/sh", header.text());
    assertEquals(null, header.origin());
    ScriptLine bhyveload =
        script.lines().stream()
            .filter(l -> l.text().startsWith("bhyveload"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, bhyveload.origin().line());
    assertTrue(bhyveload.origin().path().endsWith("bhyve/start.plumb"), bhyveload.origin().path());
  }

  @Test
  void failuresCarryDiagnostics() {
    Pack pack = Pack.load(TUTORIAL);
    PlumbException e =
        assertThrows(
            PlumbException.class,
            () ->
                pack.compile(
                    "start", Cell.of("host", "linux", "hypervisor", "bhyve"), Values.none()));
    assertEquals(Code.P404, e.diagnostics().get(0).code());
    PlumbException missing =
        assertThrows(PlumbException.class, () -> pack.compile("start", BHYVE, Values.none()));
    assertTrue(missing.diagnostics().stream().allMatch(d -> d.code() == Code.P502));
    assertEquals(3, missing.diagnostics().size(), missing.diagnostics().toString());
  }

  @Test
  void aBrokenPackIsNeverLoaded(@TempDir Path pack) {
    TestPack.writeFiles(pack, GoldenCase.named("p201-unknown-name").pack());
    PlumbException e = assertThrows(PlumbException.class, () -> Pack.load(pack));
    assertTrue(e.diagnostics().stream().anyMatch(d -> d.code() == Code.P201));
  }

  @Test
  void theBuiltInPackLoads() {
    assertEquals("petitecloud", Pack.builtIn().name());
  }
}
