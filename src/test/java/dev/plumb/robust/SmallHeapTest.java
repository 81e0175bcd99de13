package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds keep memory modest: in a separate JVM limited to 128 MB of heap, the CLI turns a
 * 10^6-line unroll into P509 and a 100 MB values file into P505, and binds the worst values file
 * under the bounds (4 MiB of lines, 262144 values), each in under 10 s; and below what the script
 * needs, running out of heap is an internal error, not a JVM trace.
 */
class SmallHeapTest {
  static final String HEAP = "-Xmx128m";

  /**
   * Writes {@code pack}, whose template echoes every pair of {@code big}'s elements and then {@code
   * after}, and {@code thousand.json}, which makes that a million lines.
   */
  private static void squares(Path tmp, String after) throws IOException {
    TestPack.in(
        tmp.resolve("pack"),
        TestPack.files(
            "pack.plumb",
            TestPack.RUN_MANIFEST + "var big : list<int> = []\n",
            "run.plumb",
            "%template run\n%each x in big\n%each y in big\necho {{ x }} {{ y }}\n%end\n%end\n"
                + after));
    String thousand =
        IntStream.range(0, 1000).mapToObj(Integer::toString).collect(Collectors.joining(","));
    Files.writeString(tmp.resolve("thousand.json"), "{\"big\": [" + thousand + "]}");
  }

  @Test
  void boundsHoldUnder128MegabytesOfHeap(@TempDir Path tmp)
      throws IOException, InterruptedException {
    squares(tmp, "echo {{ len(l) }}\n");
    BigValuesTest.write(tmp.resolve("huge.json"), "s", "\"", "x", 100L << 20, "\"");
    // 262141 values of 16 bytes each, 14 of them line breaks: the most lines and values the bounds
    // allow
    BigValuesTest.write(tmp.resolve("worst.json"), "l", "[", "1," + "\n".repeat(14), 262_141, "1]");
    assertTrue(Files.size(tmp.resolve("worst.json")) <= 4 << 20);
    List<String> lines =
        runSmallHeap(
            tmp,
            "compile run host=linux --pack pack --values thousand.json",
            "compile run host=linux --pack pack --values huge.json",
            "compile run host=linux --pack pack --values worst.json");
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "exit 1 | pack/run.plumb:4:1: error[P509]: the script would be larger than 1048576 bytes"),
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .startsWith("exit 1 | huge.json: error[P505]: the values file is larger than 4 MiB"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("exit 0 |  | out "), lines.get(2));
    for (String line : lines) {
      int ms = Integer.parseInt(line.replaceAll(".* \\| (\\d+) ms.*", "$1"));
      assertTrue(ms < 10_000, line);
    }
  }

  /**
   * Bounds checked before the work, in 128 MB of heap: {@code replace(x, "a", x)} on a 100 KB value
   * (10^10 characters), {@code upper()} of 600,000 ß, and a pack holding a 3 GB template (sparse:
   * no disk) are each a located error at once, not an exhausted heap.
   */
  @Test
  void textAndPackBoundsHoldUnder128MegabytesOfHeap(@TempDir Path tmp)
      throws IOException, InterruptedException {
    TestPack.in(
        tmp.resolve("pack"),
        TestPack.files(
            "pack.plumb",
            TestPack.RUN_MANIFEST,
            "run.plumb",
            "%template run\n%if n == 1\necho {{ len(replace(s, \"a\", s)) }}\n%else\n"
                + "echo {{ len(upper(s)) }}\n%end\n"));
    Files.writeString(tmp.resolve("a.json"), "{\"s\": \"" + "a".repeat(100_000) + "\"}");
    Files.writeString(tmp.resolve("ss.json"), "{\"n\": 2, \"s\": \"" + "ß".repeat(600_000) + "\"}");
    TestPack.in(tmp.resolve("huge"), TestPack.files("pack.plumb", TestPack.RUN_MANIFEST));
    try (java.io.RandomAccessFile file =
        new java.io.RandomAccessFile(tmp.resolve("huge/run.plumb").toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    List<String> lines =
        runSmallHeap(
            tmp,
            "compile run host=linux --pack pack --values a.json",
            "compile run host=linux --pack pack --values ss.json",
            "lint huge");
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "exit 1 | pack/run.plumb:3:13: error[P509]: this text would be longer than the"
                    + " script's bound of 1048576 bytes"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("exit 1 | pack/run.plumb:5:13: error[P509]"), lines.get(1));
    assertTrue(
        lines
            .get(2)
            .startsWith("exit 1 | huge/run.plumb: error[P401]: the file is larger than 1 MiB"),
        lines.get(2));
  }

  /** Runs each command line (words split at spaces) in turn in one 128 MB JVM: one line each. */
  private static List<String> runSmallHeap(Path dir, String... commandLines)
      throws IOException, InterruptedException {
    List<String> command = CliRun.java(HEAP, SmallHeap.class.getName(), dir.toString());
    for (int i = 0; i < commandLines.length; i++) {
      command.addAll(i == 0 ? List.of() : List.of("::"));
      command.addAll(List.of(commandLines[i].split(" ")));
    }
    Tools.Result result = Tools.run(command, null, Map.of());
    List<String> lines = result.out().lines().toList();
    assertEquals(0, result.exit(), result.describe());
    assertEquals("", result.err(), "the small-heap JVM printed on stderr");
    assertEquals(commandLines.length, lines.size(), String.join("\n", lines));
    System.out.println(String.join("\n", lines));
    lines.forEach(line -> assertFalse(line.contains("INTERNAL"), line));
    return lines;
  }

  /**
   * Below what a 1 MiB script needs, the CLI runs out of heap: one line and the version, never a
   * JVM trace. (3 MiB of heap compiles the same pack with ten values; a compile holds about 50
   * bytes per line given before it writes, so at 7 MiB or more it may reach the 1 MiB bound, P509,
   * first, since a compile of plain words no longer builds picocli's command line.)
   */
  @Test
  void runningOutOfHeapIsAnInternalErrorWithoutATrace(@TempDir Path tmp)
      throws IOException, InterruptedException {
    squares(tmp, "");
    CliRun run =
        CliRun.process(
            tmp,
            List.of("-Xmx5m"),
            "compile",
            "run",
            "host=linux",
            "--pack",
            "pack",
            "--values",
            "thousand.json");
    assertEquals(1, run.exit(), run.out() + run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("plumb: internal error, please report: OutOfMemoryError"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}
