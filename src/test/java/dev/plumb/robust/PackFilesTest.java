package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Pack;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pack reader refuses before reading, each with a located P401 that says why: a name no
 * comment may hold, what is not a regular file (said as what it is), and a file or pack over its
 * size bound (never read into memory).
 */
class PackFilesTest {
  @TempDir Path dir;
  Path pack;

  @BeforeEach
  void write() throws IOException {
    pack = TestPack.in(dir.resolve("pack"), TestPack.run("echo {{ s }}\n")).root;
  }

  private List<String> lint() {
    return Bounded.run("lint", () -> "pack files", () -> Pack.lint(pack, "pack")).stream()
        .map(PackFilesTest::shown)
        .toList();
  }

  private static String shown(Diagnostic d) {
    return d.code() + " " + d.span().path() + ": " + d.message() + " (" + d.hint() + ")";
  }

  @Test
  void aFileNameWithALineBreakIsRefusedAndNamedVisibly() throws IOException {
    Files.writeString(pack.resolve("a\ntouch canary\n#.plumb"), "%template run\necho b\n");
    assertEquals(
        List.of(
            "P401 pack/a\\ntouch canary\\n#.plumb: the file's name holds a control character (\\n),"
                + " which would break the script's comments (rename it: every script names its"
                + " templates in a '# from:' comment)"),
        lint());
    CliRun run = CliRun.of(dir, "compile", "run", "host=linux", "--pack", "pack");
    assertEquals(1, run.exit(), run.errHead());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("pack/a\\ntouch canary\\n#.plumb: error[P401]"), run.err());
    Files.writeString(pack.resolve("b\r.plumb"), "%template run\necho b\n");
    Files.delete(pack.resolve("a\ntouch canary\n#.plumb"));
    assertTrue(
        lint().get(0).startsWith("P401 pack/b\\r.plumb: the file's name holds"), lint()::toString);
  }

  @Test
  void aLinkToADeviceIsSaidToBeOne() throws IOException {
    Files.createSymbolicLink(pack.resolve("zero.plumb"), Path.of("/dev/zero"));
    assertEquals(
        List.of(
            "P401 pack/zero.plumb: cannot read the file: it is not a regular file (a device)"
                + " (every *.plumb below the pack folder is read as a template or fragment)"),
        lint());
    Files.delete(pack.resolve("pack.plumb"));
    Files.createSymbolicLink(pack.resolve("pack.plumb"), Path.of("/dev/zero"));
    assertTrue(
        lint()
            .contains(
                "P401 pack/pack.plumb: cannot read the file: it is not a regular file (a device)"
                    + " (every *.plumb below the pack folder is read as a template or fragment)"),
        lint()::toString);
  }

  @Test
  void aPipeABrokenLinkAndAFolderAreEachSaidForWhatTheyAre()
      throws IOException, InterruptedException {
    Tools.Result mkfifo =
        Tools.run(List.of("mkfifo", pack.resolve("pipe.plumb").toString()), null, Map.of());
    assertEquals(0, mkfifo.exit(), mkfifo.describe());
    Files.createSymbolicLink(pack.resolve("gone.plumb"), pack.resolve("nothing-here"));
    Files.createDirectory(pack.resolve("folder.plumb"));
    assertEquals(
        List.of(
            "P401 pack/folder.plumb: cannot read the file: it is a folder",
            "P401 pack/gone.plumb: cannot read the file: it is a broken link",
            "P401 pack/pipe.plumb: cannot read the file: it is not a regular file (a named pipe)"),
        lint().stream().map(s -> s.substring(0, s.indexOf(" (every"))).toList());
  }

  /** A 3 GB file (sparse: it costs no disk) is refused by its size, not read. */
  @Test
  void aFileOverOneMebibyteIsRefusedUnread() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(pack.resolve("huge.plumb").toFile(), "rw")) {
      huge.setLength(3L << 30);
    }
    Files.writeString(pack.resolve("just.plumb"), "%# " + "x".repeat((1 << 20) - 4) + "\n");
    assertEquals(1 << 20, Files.size(pack.resolve("just.plumb")));
    Files.writeString(pack.resolve("over.plumb"), "%# " + "x".repeat((1 << 20) - 3) + "\n");
    assertEquals(
        List.of(
            "P401 pack/huge.plumb: the file is larger than 1 MiB (a template may be at most 1 MiB,"
                + " as large as a script; give bulk data to the script when it runs)",
            "P401 pack/over.plumb: the file is larger than 1 MiB (a template may be at most 1 MiB,"
                + " as large as a script; give bulk data to the script when it runs)"),
        lint());
  }

  @Test
  void aPackOverFourMebibytesIsRefusedAtTheFileThatCrossesTheBound() throws IOException {
    for (int i = 1; i <= 5; i++) {
      Files.writeString(pack.resolve("big" + i + ".plumb"), "%# " + "x".repeat(900_000) + "\n");
    }
    assertEquals(
        List.of(
            "P401 pack/big5.plumb: with this file the pack is larger than 4 MiB (the files of a"
                + " pack may hold at most 4 MiB together, as large as a script; give bulk data to"
                + " the script when it runs)"),
        lint());
  }
}
