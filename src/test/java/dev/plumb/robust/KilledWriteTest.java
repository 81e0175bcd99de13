package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.cli.Main;
import dev.plumb.testing.CliRun;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumb compile -o out.sh}, run as its own process on a script just under the 1 MiB bound
 * and killed with SIGKILL at random moments (some just after its temporary file appears, so
 * mid-write), never leaves a partial out.sh: watched while the process runs and checked after it
 * died, out.sh is always the old file (or absent, if it was) or the whole new script (a kill may
 * leave a temporary {@code .out.sh.*.tmp}, as the README says).
 */
class KilledWriteTest {
  static final int ITEMS = 19_000;
  static final int KILLS = 4;
  static final byte[] OLD = "#!/bin/sh\necho the old script\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aKilledCompileLeavesTheOldFileOrTheWholeNewOneNeverAPart(@TempDir Path dir)
      throws Exception {
    TestPack.in(
        dir.resolve("pack"),
        TestPack.files(
            "pack.plumb",
            TestPack.RUN_MANIFEST + "var items : list<string> = []\n",
            "run.plumb",
            "%template run\n%each item in items\necho {{ item }}\n%end\n"));
    String items =
        IntStream.range(0, ITEMS)
            .mapToObj(i -> String.format("\"item-%05d-0123456789abcdefghijklmnopqrstuvwxyz\"", i))
            .collect(Collectors.joining(",\n"));
    Files.writeString(dir.resolve("items.json"), "{\"items\": [\n" + items + "\n]}\n");
    byte[] expected =
        Pack.load(dir.resolve("pack"))
            .compile("run", Cell.of("host", "linux"), Values.fromJson(dir.resolve("items.json")))
            .text()
            .getBytes(StandardCharsets.UTF_8);
    assertTrue(
        expected.length > 900_000 && expected.length < 1 << 20,
        "script of " + expected.length + " bytes");
    String[] args = {
      "compile", "run", "host=linux", "--pack", "pack", "--values", "items.json", "-o", "out.sh"
    };
    List<String> command = CliRun.java(Main.class.getName());
    command.addAll(List.of(args));

    long start = System.nanoTime();
    CliRun whole = CliRun.process(dir, List.of(), args);
    long duration = System.nanoTime() - start;
    assertEquals(0, whole.exit(), whole.out() + whole.err());
    assertArrayEquals(expected, Files.readAllBytes(dir.resolve("out.sh")));

    Random random = new Random();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int run = 0; run < KILLS; run++) {
      boolean hadOld = run != 2;
      Files.deleteIfExists(dir.resolve("out.sh"));
      if (hadOld) {
        Files.write(dir.resolve("out.sh"), OLD);
      }
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long begun = System.nanoTime();
      // odd runs: kill as soon as the temporary file shows, plus up to 1 ms; even runs: at a random
      // moment
      long deadline =
          run % 2 == 1
              ? Long.MAX_VALUE
              : begun + (long) (duration * (0.3 + random.nextDouble() * 0.8));
      long extra = run % 2 == 1 ? random.nextInt(1_000_000) : 0;
      long seen = Long.MAX_VALUE;
      while (process.isAlive()
          && System.nanoTime()
              < Math.min(deadline, seen == Long.MAX_VALUE ? Long.MAX_VALUE : seen + extra)) {
        watch(dir, expected, hadOld);
        if (run % 2 == 0 || System.nanoTime() - begun < duration / 2) {
          // only the runs waiting for the temporary file need to look without pause, and only near
          // the end
          Thread.sleep(1);
        }
        if (seen == Long.MAX_VALUE && run % 2 == 1 && !temporaries(dir).isEmpty()) {
          seen = System.nanoTime();
        }
        if (System.nanoTime() - begun > 30_000_000_000L) {
          fail("the compile did not end");
        }
      }
      boolean killed = process.isAlive();
      process.destroyForcibly();
      assertTrue(process.waitFor(10, TimeUnit.SECONDS));
      check(dir, expected, hadOld, "after the kill");
      List<Path> left = temporaries(dir);
      byte[] target =
          Files.exists(dir.resolve("out.sh")) ? Files.readAllBytes(dir.resolve("out.sh")) : null;
      String outcome =
          !killed
              ? "finished before the kill"
              : !left.isEmpty()
                  ? (Files.size(left.get(0)) < expected.length
                      ? "killed mid-write"
                      : "killed before the rename")
                  : Arrays.equals(target, expected)
                      ? "killed after the rename"
                      : "killed before writing";
      outcomes.merge(outcome, 1, Integer::sum);
      for (Path temporary : left) {
        Files.delete(temporary);
      }
    }
    System.out.println(
        "killed compiles ("
            + expected.length
            + "-byte script, "
            + duration / 1_000_000
            + " ms a run): "
            + outcomes);
  }

  /**
   * While the process runs, out.sh has the old file's size (or is absent, if it was) or the new
   * script's.
   */
  private static void watch(Path dir, byte[] expected, boolean hadOld) throws IOException {
    try {
      long size = Files.size(dir.resolve("out.sh"));
      if (size != expected.length && !(hadOld && size == OLD.length)) {
        fail(
            "out.sh has "
                + size
                + " bytes while the process runs: neither the old file nor the new script");
      }
    } catch (NoSuchFileException e) {
      if (hadOld) {
        fail("out.sh vanished while the process runs");
      }
    }
  }

  /**
   * out.sh is the old file (or absent, if it was) or the whole new script; nothing else is beside
   * it.
   */
  private static void check(Path dir, byte[] expected, boolean hadOld, String when)
      throws IOException {
    byte[] target = null;
    try {
      target = Files.readAllBytes(dir.resolve("out.sh"));
    } catch (NoSuchFileException e) {
      if (hadOld) {
        fail("out.sh vanished " + when);
      }
    }
    if (target != null
        && !Arrays.equals(target, expected)
        && !(hadOld && Arrays.equals(target, OLD))) {
      fail(
          "out.sh is neither the old file nor the new script "
              + when
              + ": "
              + target.length
              + " bytes");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith(".out.sh.") || !n.endsWith(".tmp"))
              .sorted()
              .toList();
      assertEquals(
          target == null ? List.of("items.json", "pack") : List.of("items.json", "out.sh", "pack"),
          names,
          when);
    }
  }

  private static List<Path> temporaries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().startsWith(".out.sh.")
                      && p.getFileName().toString().endsWith(".tmp"))
          .toList();
    }
  }
}
