package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumb diff}'s command line: what the parser refuses (exit 2), and the pack by default. */
class DiffCommandTest {
  @TempDir Path dir;

  private void twoVersions() {
    TestPack.of(dir.resolve("old"), "start.plumb", "%template start\nvm-start\n");
    TestPack.of(dir.resolve("new"), "start.plumb", "%template start\nvm-start -q\n");
    TestPack.writeFiles(dir, TestPack.files("web1.json", "{ \"vm\": { \"name\": \"web1\" } }"));
  }

  @Test
  void aNegativeContextIsAUsageError() {
    twoVersions();
    CliRun run = CliRun.line(dir, "diff --pack new --against old --values web1.json --context -1");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("plumb: --context takes a number of lines"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void theVersionToCompareWithIsRequired() {
    twoVersions();
    CliRun run = CliRun.line(dir, "diff --pack new");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("Missing required option: '--against=DIR|REV'"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    twoVersions();
    CliRun run = CliRun.line(dir, "diff --pack new --against old --format html");
    assertEquals(2, run.exit(), run.err());
  }

  @Test
  void thePackOfTheCurrentFolderIsTheNewVersion() {
    twoVersions();
    CliRun run = CliRun.line(dir.resolve("new"), "diff --against ../old --values ../web1.json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().startsWith("changes from ../old to the current folder: 4 of 4 scripts changed"),
        run.out());
    assertTrue(run.out().contains("  +5 from start.plumb:2\n"), run.out());
  }

  @Test
  void exitCodeIsOneOnlyWhenSomethingChanged() {
    twoVersions();
    assertEquals(
        1, CliRun.line(dir, "diff --pack new --against old --values web1.json --exit-code").exit());
    assertEquals(
        0, CliRun.line(dir, "diff --pack old --against old --values web1.json --exit-code").exit());
    assertEquals(0, CliRun.line(dir, "diff --pack new --against old --values web1.json").exit());
  }
}
