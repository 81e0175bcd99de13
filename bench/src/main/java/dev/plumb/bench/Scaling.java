package dev.plumb.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * (d) Scaling, timed in-process loops in a JVM of its own with a fixed heap (bench/run starts it
 * with -Xms2g -Xmx2g -XX:+UseParallelGC). Each point is Pack.load of the generated pack plus the
 * compile of what {@link ScalingPacks.Work} names; its time is the median of several runs after
 * warm-up runs. Writes a JSON array of curves to the file given.
 */
public final class Scaling {
  /** Scripts of 1M unrolled lines pass plumb's default 1 MiB bound: 256 MiB for every point. */
  static final CompileOptions OPTIONS = new CompileOptions(false, 256L << 20);

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    boolean quick = args.length > 1 && args[1].equals("--quick");
    // warm up for at least this long (JIT), then measure for at least this long and this many runs
    double warmupSeconds = quick ? 0.5 : 2, measureSeconds = quick ? 1 : 3;
    int runs = quick ? 3 : 5;
    double capSeconds = quick ? 20 : 60; // a point slower than this ends its curve
    ObjectMapper json = new ObjectMapper();
    ArrayNode curves = json.createArrayNode();
    for (ScalingPacks.Curve curve : ScalingPacks.all()) {
      ObjectNode c = curves.addObject();
      c.put("curve", curve.name()).put("unit", curve.unit()).put("timeUnit", "ms");
      ArrayNode points = c.putArray("points");
      for (int size : curve.sizes(quick)) {
        Path dir = Files.createTempDirectory("plumb-bench-scaling");
        ScalingPacks.Work work = curve.write(dir, size);
        Values values = Values.of(work.values());
        ObjectNode p = points.addObject().put("size", size);
        FullContext.Count parsed = FullContext.of(dir);
        p.put("fullContext", parsed.fallbacks()).put("files", parsed.files());
        try {
          List<Double> times = new ArrayList<>();
          long start = System.nanoTime();
          boolean warm = false;
          while (true) {
            long t0 = System.nanoTime();
            p.put("scriptBytes", run(dir, work, values));
            double ms = (System.nanoTime() - t0) / 1e6;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (warm) times.add(ms);
            else if (elapsed >= warmupSeconds || ms > capSeconds * 1000) {
              warm = true;
              start = System.nanoTime();
              if (ms > capSeconds * 1000) times.add(ms); // too slow to run twice: one run it is
            }
            if (ms > capSeconds * 1000) break;
            if (warm && times.size() >= runs && (System.nanoTime() - start) / 1e9 >= measureSeconds) break;
          }
          Collections.sort(times);
          double median = times.isEmpty() ? Double.NaN : times.get(times.size() / 2);
          p.put("ms", median).put("msPerUnit", median / size).put("runs", times.size());
          p.put("min", times.isEmpty() ? Double.NaN : times.get(0));
          p.put("max", times.isEmpty() ? Double.NaN : times.get(times.size() - 1));
          System.err.printf("scaling %s %d: %.2f ms%n", curve.name(), size, median);
          if (median > capSeconds * 1000) {
            c.put("note", "stopped after size " + size + ": one run took over " + capSeconds + " s");
            break;
          }
        } catch (PlumbException e) {
          p.put("status", "failed: " + e.diagnostics().get(0).code() + " " + e.diagnostics().get(0).message());
          System.err.printf("scaling %s %d: %s%n", curve.name(), size, p.get("status").asText());
          break;
        }
      }
      ratio(c);
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), curves);
  }

  /** Time per unit at the largest size measured divided by that at the smallest. */
  static void ratio(ObjectNode c) {
    ArrayNode points = (ArrayNode) c.get("points");
    List<ObjectNode> ok = new ArrayList<>();
    points.forEach(p -> {
      if (p.has("msPerUnit")) ok.add((ObjectNode) p);
    });
    if (ok.size() >= 2) {
      double r = ok.get(ok.size() - 1).get("msPerUnit").asDouble() / ok.get(0).get("msPerUnit").asDouble();
      c.put("ratio", r).put("from", ok.get(0).get("size").asInt()).put("to", ok.get(ok.size() - 1).get("size").asInt());
    }
  }

  private static long run(Path dir, ScalingPacks.Work work, Values values) {
    Pack pack = Pack.load(dir, "pack");
    long bytes = 0;
    for (String op : work.ops()) {
      for (var cell : work.cells()) bytes += pack.compile(op, Cell.of(cell), values, OPTIONS).text().length();
    }
    return bytes;
  }
}
