package dev.plumb.robust;

import dev.plumb.testing.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A separate JVM's main for {@link SmallHeapTest}: runs several command lines in turn (split at
 * {@code ::}) in folder {@code args[0]}, and prints one line per run: the exit code, the first line
 * of stderr, and how many bytes stdout got.
 */
public final class SmallHeap {
  private SmallHeap() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    List<String> current = new ArrayList<>();
    for (String arg : Arrays.asList(args).subList(1, args.length)) {
      if (arg.equals("::")) {
        run(dir, current);
        current.clear();
      } else {
        current.add(arg);
      }
    }
    run(dir, current);
  }

  private static void run(Path dir, List<String> args) {
    long start = System.nanoTime();
    CliRun run = CliRun.of(dir, args.toArray(String[]::new));
    String first = run.err().lines().findFirst().orElse("");
    System.out.println(
        "exit "
            + run.exit()
            + " | "
            + first
            + " | out "
            + run.out().length()
            + " | "
            + (System.nanoTime() - start) / 1_000_000
            + " ms"
            + (run.err().contains("internal error") ? " | INTERNAL" : ""));
  }
}
