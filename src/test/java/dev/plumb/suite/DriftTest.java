package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Pack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code plumb test} fails on every kind of drift between a pack and its snapshots, with the code
 * that names it, and passes again once {@code --update} wrote them anew.
 */
class DriftTest {
  private static final Map<String, String> PACK =
      Map.of(
          "pack.plumb",
          """
          pack shop "services"
          axis host = linux | freebsd
          operation start, stop
          var svc.name : name "the service"
          var svc.user : name = "root" "its user"
          """,
          "start.plumb",
          """
          %template start
          %require svc.user != "nobody" else "never as nobody"
          /usr/sbin/service {{ svc.name }} start
          """,
          "stop.plumb",
          """
          %template stop
          /usr/sbin/service {{ svc.name }} stop
          """,
          "examples/web.json",
          "{\"svc\": {\"name\": \"web\"}}",
          "examples/db.json",
          "{\"svc\": {\"name\": \"db\"}}");

  /** A change to the pack, and the code of the failure it must cause. */
  enum Drift {
    SCRIPT_CHANGED(
        "P601",
        dir ->
            write(dir, "stop.plumb", "%template stop\n/usr/sbin/service {{ svc.name }} onestop\n")),
    CELL_BECAME_UNSUPPORTED(
        "P603",
        dir ->
            write(
                dir,
                "stop.plumb",
                "%template stop when host = linux\n/usr/sbin/service {{ svc.name }} stop\n")),
    CELL_BECAME_SUPPORTED(
        "P602",
        dir ->
            write(
                dir,
                "pack.plumb",
                PACK.get("pack.plumb").replace("linux | freebsd", "linux | freebsd | netbsd"))),
    VALUES_FILE_REMOVED("P603", dir -> delete(dir, "examples/db.json")),
    VALUES_FILE_ADDED(
        "P602", dir -> write(dir, "examples/cache.json", "{\"svc\": {\"name\": \"cache\"}}")),
    OPERATION_REMOVED(
        "P603",
        dir -> {
          write(dir, "pack.plumb", PACK.get("pack.plumb").replace("start, stop", "start"));
          delete(dir, "stop.plumb");
        }),
    NOW_REFUSED(
        "P602",
        dir ->
            write(dir, "examples/db.json", "{\"svc\": {\"name\": \"db\", \"user\": \"nobody\"}}")),
    REFUSAL_CHANGED(
        "P601",
        dir -> {
          write(dir, "examples/db.json", "{\"svc\": {\"name\": \"db\", \"user\": \"nobody\"}}");
          update(dir);
          write(
              dir,
              "start.plumb",
              PACK.get("start.plumb").replace("never as nobody", "not as nobody"));
        });

    final String code;
    final Consumer<Path> change;

    Drift(String code, Consumer<Path> change) {
      this.code = code;
      this.change = change;
    }
  }

  @ParameterizedTest
  @EnumSource(Drift.class)
  void everyDriftFailsWithItsCodeAndUpdateMakesItPass(Drift drift, @TempDir Path dir)
      throws IOException {
    PACK.forEach((name, text) -> write(dir, name, text));
    update(dir);
    assertTrue(run(dir, false).passed(), "a pack passes the snapshots it just wrote");

    drift.change.accept(dir);
    TestReport drifted = run(dir, false);
    assertFalse(drifted.passed(), drift + " must fail");
    assertTrue(
        drifted.failures().stream().allMatch(f -> f.failure().code().name().equals(drift.code)),
        drift + " fails with " + drift.code + ", got " + codes(drifted));

    update(dir);
    TestReport updated = run(dir, false);
    assertTrue(updated.passed(), "after --update: " + codes(updated));
    assertEquals(List.of(), run(dir, true).updated(), "a second --update writes nothing");
  }

  private static List<String> codes(TestReport report) {
    return report.failures().stream()
        .map(f -> f.failure().code() + " " + f.failure().message())
        .toList();
  }

  static TestReport run(Path dir, boolean update) {
    try {
      Pack pack = Pack.load(dir, "pack");
      return PackTests.run(
          pack, dir, "pack", ValueSets.byName(ValueSets.examples(dir, "pack")), update, e -> {});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void update(Path dir) {
    run(dir, true);
  }

  private static void write(Path dir, String name, String text) {
    try {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void delete(Path dir, String name) {
    try {
      Files.delete(dir.resolve(name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
