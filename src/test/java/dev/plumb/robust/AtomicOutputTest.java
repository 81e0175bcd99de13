package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code compile -o FILE} loses nothing: whatever makes it fail (the pack, the values, the cell,
 * the size bound, the write itself), the old FILE and its map are left as they were and no
 * temporary file is left beside them; when it succeeds, only FILE (and FILE.map) appear.
 */
class AtomicOutputTest {
  @TempDir Path dir;

  @BeforeEach
  void pack() throws IOException {
    TestPack.in(
        dir.resolve("pack"),
        TestPack.files(
            "pack.plumb",
            TestPack.RUN_MANIFEST + "var big : list<string> = []\n",
            "run.plumb",
            "%template run when host = linux\n%require n < 10 else \"n is small\"\n%each x in big\n"
                + "echo {{ x }}\n%end\necho {{ s }}\n",
            "other.plumb",
            "%template run when host = freebsd\n%unsupported \"not here\"\n"));
    Files.writeString(dir.resolve("broken.plumb"), "%template run\necho {{ nope }}\n");
    Files.writeString(dir.resolve("out.sh"), "old script\n");
    Files.writeString(dir.resolve("out.sh.map"), "old map\n");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void unchanged() throws IOException {
    assertEquals("old script\n", Files.readString(dir.resolve("out.sh")));
    assertEquals("old map\n", Files.readString(dir.resolve("out.sh.map")));
    assertEquals(
        List.of("broken.plumb", "out.sh", "out.sh.map", "pack"), files(), "nothing else is left");
    try (Stream<Path> inPack = Files.list(dir.resolve("pack"))) {
      assertEquals(3, inPack.count());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a values error|P503|run host=linux --set n=many",
        "a failed %require|P506|run host=linux --set n=5 --set n=12",
        "an unknown value|P501|run host=linux --set nope=1",
        "an unsupported cell|P404|run host=freebsd",
        "an unknown operation|P402|stop host=linux",
        "an unknown axis value|P405|run host=macos",
        "a missing values file|P505|run host=linux --values missing.json",
        "a script over the bound|P509|run host=linux --set big=[\"0123456789012345678901234567890123456789\"]×40000",
        "a broken pack|P201|run host=linux --pack .."
      })
  void aFailedCompileLeavesTheOldFileAndNoTemporaryFile(String what, String code, String args)
      throws IOException {
    if (args.contains("×")) {
      String item = args.replaceAll(".*\\[(\".*\")\\].*", "$1");
      args =
          args.replaceAll(
              "\\[.*", "[" + String.join(",", java.util.Collections.nCopies(40_000, item)) + "]");
    }
    if (args.endsWith("--pack ..")) {
      Files.move(dir.resolve("broken.plumb"), dir.resolve("pack/broken.plumb"));
    }
    String[] words = args.replace("--pack ..", "").split(" ");
    String[] command =
        Stream.concat(
                Stream.of("compile"),
                Stream.concat(
                    Stream.of(words), Stream.of("--pack", "pack", "-o", "out.sh", "--source-map")))
            .toArray(String[]::new);
    CliRun run = CliRun.of(dir, command);
    assertEquals(1, run.exit(), run.errHead());
    assertTrue(run.err().contains("error[" + code + "]"), run.errHead());
    if (args.endsWith("--pack ..")) {
      Files.move(dir.resolve("pack/broken.plumb"), dir.resolve("broken.plumb"));
    }
    unchanged();
  }

  @Test
  void aTargetThatIsAFolderIsP414AndLeavesNothing() throws IOException {
    Files.createDirectory(dir.resolve("folder.sh"));
    Files.writeString(dir.resolve("folder.sh/inside"), "kept\n");
    CliRun run =
        CliRun.of(dir, "compile", "run", "host=linux", "--pack", "pack", "-o", "folder.sh");
    assertEquals(1, run.exit());
    assertTrue(
        run.err().startsWith("folder.sh: error[P414]: cannot write the script"), run.errHead());
    assertEquals("kept\n", Files.readString(dir.resolve("folder.sh/inside")));
    Files.delete(dir.resolve("folder.sh/inside"));
    CliRun empty =
        CliRun.of(dir, "compile", "run", "host=linux", "--pack", "pack", "-o", "folder.sh");
    assertEquals(1, empty.exit(), empty.errHead());
    assertTrue(Files.isDirectory(dir.resolve("folder.sh")));
    Files.delete(dir.resolve("folder.sh"));
    unchanged();
  }

  @Test
  void aSuccessReplacesTheFileAndItsMapAndLeavesNothingElse() throws IOException {
    CliRun run =
        CliRun.of(
            dir, "compile", "run", "host=linux", "--pack", "pack", "-o", "out.sh", "--source-map");
    assertEquals(0, run.exit(), run.errHead());
    assertTrue(Files.readString(dir.resolve("out.sh")).endsWith("echo x\n"));
    assertTrue(Files.readString(dir.resolve("out.sh.map")).startsWith("{"));
    assertEquals(
        "rwxr-xr-x",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out.sh"))));
    assertEquals(List.of("broken.plumb", "out.sh", "out.sh.map", "pack"), files());
    assertFalse(run.err().contains("internal error"));
  }

  /**
   * The temporary file beside the target must fit NAME_MAX (255 bytes) too: a valid name of 249
   * characters (or 125 two-byte ones; with ".map", 255 bytes at most) once failed with "File name
   * too long".
   */
  @ParameterizedTest(name = "{0} times {1}")
  @CsvSource({"a, 249", "a, 251", "é, 125"})
  void aLongTargetNameIsWrittenAtomically(String letter, int times) throws IOException {
    String name = letter.repeat(times);
    String map = name + ".map";
    CliRun run =
        CliRun.of(
            dir, "compile", "run", "host=linux", "--pack", "pack", "-o", name, "--source-map");
    assertEquals(0, run.exit(), run.errHead());
    assertTrue(Files.readString(dir.resolve(name)).endsWith("echo x\n"));
    assertTrue(Files.readString(dir.resolve(map)).startsWith("{"));
    Files.delete(dir.resolve(name));
    Files.delete(dir.resolve(map));
    unchanged();
  }
}
