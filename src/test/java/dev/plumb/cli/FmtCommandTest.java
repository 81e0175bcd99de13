package dev.plumb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.CliRun.Given;
import dev.plumb.testing.TestPack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumb fmt}: writing in place (atomically, keeping the mode, all or nothing), {@code
 * --check}'s exit codes and diff, and what it refuses. The layout itself is specified by the cases
 * of {@code src/test/fmt}.
 */
class FmtCommandTest {
  private static final String MANIFEST =
      "pack demo \"fmt\"\naxis host = freebsd | linux\noperation start\nvar vm.name : name \"its name\"\n";
  private static final String MANIFEST_FORMATTED =
      "pack demo \"fmt\"\naxis host = freebsd | linux\noperation start\nvar vm.name : name  \"its name\"\n";
  private static final String START =
      "%template start\n  %if host == linux\necho {{vm.name}}\n%end\n";
  private static final String START_FORMATTED =
      "%template start\n%if host == linux\necho {{ vm.name }}\n%end\n";

  private static Path pack(Path dir, String... more) {
    Path pack = dir.resolve("pack");
    TestPack.writeFiles(pack, TestPack.files("pack.plumb", MANIFEST, "start.plumb", START));
    TestPack.writeFiles(pack, TestPack.files(more));
    return pack;
  }

  @Test
  void writesEveryFileOfThePackInPlace(@TempDir Path dir) throws Exception {
    Path pack = pack(dir);
    CliRun run = CliRun.of(dir, "fmt", "--pack", "pack");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals("plumb fmt: 2 of 2 files reformatted in pack\n", run.err());
    assertEquals(MANIFEST_FORMATTED, Files.readString(pack.resolve("pack.plumb")));
    assertEquals(START_FORMATTED, Files.readString(pack.resolve("start.plumb")));
    try (Stream<Path> files = Files.list(pack)) {
      assertEquals(2, files.count(), "no temporary file is left beside them");
    }
    CliRun again = CliRun.of(dir, "fmt", "--pack", "pack");
    assertEquals("plumb fmt: 0 of 2 files reformatted in pack\n", again.err());
  }

  @Test
  void keepsTheModeAndWritesThroughALink(@TempDir Path dir) throws Exception {
    Path pack = pack(dir);
    Path start = pack.resolve("start.plumb");
    Files.setPosixFilePermissions(start, PosixFilePermissions.fromString("rw-r-----"));
    Path link = dir.resolve("link.plumb");
    Files.createSymbolicLink(link, start);
    CliRun run = CliRun.of(dir, "fmt", "link.plumb");
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(START_FORMATTED, Files.readString(start));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(start)));
  }

  @Test
  void checkWritesNothingPrintsTheDiffAndExitsOne(@TempDir Path dir) throws Exception {
    Path pack = pack(dir);
    CliRun run = CliRun.of(dir, "fmt", "--check", "pack/start.plumb");
    assertEquals(1, run.exit(), run.err());
    assertEquals(
        """
        --- pack/start.plumb
        +++ pack/start.plumb
        @@ -1,4 +1,4 @@
         %template start
        -  %if host == linux
        -echo {{vm.name}}
        +%if host == linux
        +echo {{ vm.name }}
         %end
        """,
        run.out());
    assertEquals("plumb fmt: 1 of 1 file need formatting\n", run.err());
    assertEquals(START, Files.readString(pack.resolve("start.plumb")));
  }

  @Test
  void checkExitsZeroWhenEveryFileIsFormatted(@TempDir Path dir) throws Exception {
    Path pack = pack(dir);
    Files.writeString(pack.resolve("pack.plumb"), MANIFEST_FORMATTED);
    Files.writeString(pack.resolve("start.plumb"), START_FORMATTED);
    CliRun run = CliRun.of(dir, "fmt", "--check", "--pack", "pack");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void theDiffShowsALastLineWithoutNewline(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("start.plumb"), "%template start\necho {{x}}");
    CliRun run = CliRun.of(dir, "fmt", "--check", "start.plumb");
    assertEquals(1, run.exit());
    assertEquals(
        """
        --- start.plumb
        +++ start.plumb
        @@ -1,2 +1,2 @@
         %template start
        -echo {{x}}
        \\ No newline at end of file
        +echo {{ x }}
        """,
        run.out());
  }

  @Test
  void aByteOrderMarkAndCarriageReturnsAreDropped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("start.plumb");
    Files.write(file, "\uFEFF%template start\r\necho {{ x }}\r\n".getBytes(StandardCharsets.UTF_8));
    CliRun check = CliRun.of(dir, "fmt", "--check", "start.plumb");
    assertEquals(1, check.exit(), "the bytes would change: " + check.err());
    CliRun run = CliRun.of(dir, "fmt", "start.plumb");
    assertEquals(0, run.exit(), run.err());
    assertEquals("%template start\necho {{ x }}\n", Files.readString(file));
  }

  @Test
  void aFileThatDoesNotReadStopsEveryWrite(@TempDir Path dir) throws Exception {
    Path pack = pack(dir, "stop.plumb", "%template stop\n%each d in vm.disks\necho {{ d }}\n");
    CliRun run = CliRun.of(dir, "fmt", "--pack", "pack");
    assertEquals(1, run.exit());
    assertTrue(
        run.err().startsWith("pack/stop.plumb:2:1: error[P105]: '%each' opened at line 2"),
        run.err());
    assertTrue(
        run.err().endsWith("plumb fmt: 1 of 3 files could not be read, nothing written in pack\n"),
        run.err());
    assertEquals(MANIFEST, Files.readString(pack.resolve("pack.plumb")), "nothing is written");
    assertEquals(START, Files.readString(pack.resolve("start.plumb")));
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path dir) {
    CliRun run = CliRun.of(dir, "fmt", "--check", "missing.plumb");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("missing.plumb: error[P401]: cannot read the file"), run.err());
  }

  @Test
  void theBuiltInPackIsRefused(@TempDir Path dir) {
    CliRun run = CliRun.of(dir, "fmt", "--check");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("plumb: no pack to format: the built-in pack"), run.err());
  }

  @Test
  void thePackOfPlumbPackIsFormattedByDefault(@TempDir Path dir) throws Exception {
    pack(dir);
    CliRun run = CliRun.of(dir, Given.NOTHING.withEnv("PLUMB_PACK", "pack"), "fmt", "--check");
    assertEquals(1, run.exit(), run.err());
    assertEquals("plumb fmt: 2 of 2 files need formatting in PLUMB_PACK=pack\n", run.err());
  }

  @Test
  void filesAndPackTogetherOrAFolderAsAFileAreUsageErrors(@TempDir Path dir) {
    pack(dir);
    CliRun both = CliRun.of(dir, "fmt", "--pack", "pack", "pack/start.plumb");
    assertEquals(2, both.exit());
    assertTrue(both.err().startsWith("plumb: give files or --pack, not both\n"), both.err());
    CliRun folder = CliRun.of(dir, "fmt", "pack");
    assertEquals(2, folder.exit());
    assertTrue(
        folder
            .err()
            .startsWith("plumb: 'pack' is a folder; to format the pack in it, pass --pack pack"),
        folder.err());
  }

  @Test
  void unchangedFilesAreNotWritten(@TempDir Path dir) throws Exception {
    Path pack = pack(dir);
    Files.writeString(pack.resolve("start.plumb"), START_FORMATTED);
    Path start = pack.resolve("start.plumb");
    Object before = Files.getAttribute(start, "unix:ino");
    CliRun run = CliRun.of(dir, "fmt", "--pack", "pack");
    assertEquals(0, run.exit(), run.err());
    assertEquals(before, Files.getAttribute(start, "unix:ino"), "a formatted file is left alone");
  }
}
