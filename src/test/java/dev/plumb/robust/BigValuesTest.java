package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A values file is read through a bound (4 MiB, 262144 values), so 100 MB, an endless device or
 * millions of tiny values are P505 at once instead of exhausting the heap, while a file just under
 * the bound binds (and {@link SmallHeapTest} does so under a small heap).
 */
class BigValuesTest {
  static final String MANIFEST = TestPack.RUN_MANIFEST;

  /** Writes {@code {"KEY": OPEN + FILL × COUNT + CLOSE}} without holding it in memory. */
  static Path write(Path file, String key, String open, String fill, long count, String close)
      throws IOException {
    byte[] chunk = fill.repeat(Math.max(1, 65536 / fill.length())).getBytes(StandardCharsets.UTF_8);
    long perChunk = 65536 / fill.length();
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(("{\"" + key + "\": " + open).getBytes(StandardCharsets.UTF_8));
      long left = count;
      for (; left >= perChunk; left -= perChunk) {
        out.write(chunk);
      }
      out.write(fill.repeat((int) left).getBytes(StandardCharsets.UTF_8));
      out.write((close + "}\n").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static List<Diagnostic> bindFailure(Path values) {
    return Bounded.failure("bind", () -> values.toString(), () -> Values.fromJson(values));
  }

  private static Script compile(Path values) throws IOException {
    try (TestPack dir = TestPack.temporary(TestPack.run("echo {{ len(s) }} {{ len(l) }}\n"))) {
      return Bounded.run(
          "compile",
          () -> values.toString(),
          () -> dir.load().compile("run", Cell.of("host", "linux"), Values.fromJson(values)));
    }
  }

  @Test
  void a100MegabyteStringIsP505AtOnce(@TempDir Path tmp) throws IOException {
    Path big = write(tmp.resolve("big.json"), "s", "\"", "x", 100L << 20, "\"");
    long start = System.nanoTime();
    List<Diagnostic> errors = bindFailure(big);
    assertEquals(Code.P505, errors.get(0).code());
    assertEquals("the values file is larger than 4 MiB", errors.get(0).message());
    assertTrue(System.nanoTime() - start < 2_000_000_000L);
    TestPack.in(tmp.resolve("pack"), TestPack.run("echo {{ s }}\n"));
    CliRun run =
        CliRun.of(tmp, "compile", "run", "host=linux", "--pack", "pack", "--values", "big.json");
    assertEquals(1, run.exit());
    assertTrue(
        run.err().startsWith("big.json: error[P505]: the values file is larger than 4 MiB"),
        run.errHead());
  }

  @Test
  void a100MegabyteArrayIsP505AtOnce(@TempDir Path tmp) throws IOException {
    Path big = write(tmp.resolve("big.json"), "l", "[", "1,", 50L << 20, "1]");
    assertEquals("the values file is larger than 4 MiB", bindFailure(big).get(0).message());
  }

  @Test
  void anEndlessDeviceIsP505() {
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      assertEquals("the values file is larger than 4 MiB", bindFailure(zero).get(0).message());
    }
  }

  @Test
  void aFolderIsP505(@TempDir Path tmp) {
    Diagnostic d = bindFailure(tmp).get(0);
    assertEquals(Code.P505, d.code());
    assertTrue(d.message().startsWith("cannot read the values file"), d.message());
  }

  @Test
  void millionsOfTinyValuesAreP505(@TempDir Path tmp) throws IOException {
    Path many = write(tmp.resolve("many.json"), "l", "[", "1,", 1_500_000, "1]");
    Diagnostic d = bindFailure(many).get(0);
    assertEquals("the JSON holds more than 262144 values", d.message());
    assertEquals(1, d.span().line());
  }

  @Test
  void justUnderTheBoundsBinds(@TempDir Path tmp) throws IOException {
    Path string = write(tmp.resolve("string.json"), "s", "\"", "x", (4 << 20) - 16, "\"");
    assertTrue(Files.size(string) <= 4 << 20);
    assertTrue(compile(string).text().endsWith("echo " + ((4 << 20) - 16) + " 2\n"));
    // the object, the list and its elements: 262144 values
    Path list = write(tmp.resolve("list.json"), "l", "[", "1,", 262_141, "1]");
    assertTrue(compile(list).text().endsWith("echo 1 262142\n"));
  }
}
