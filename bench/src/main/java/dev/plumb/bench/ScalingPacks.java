package dev.plumb.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (d) The generated packs of the scaling curves: each {@link Curve} writes a pack of a given size
 * and names what to compile in it (every operation in {@code ops}, each in every cell of {@code
 * cells}). Contents are fixed shapes: the size is the only thing that changes along a curve.
 */
final class ScalingPacks {
  /** What one point compiles: operations × cells, with these values. */
  record Work(List<String> ops, List<Map<String, String>> cells, Map<String, Object> values) {}

  interface Curve {
    String name();

    String unit();

    List<Integer> sizes(boolean quick);

    Work write(Path dir, int size) throws IOException;
  }

  static List<Curve> all() {
    return List.of(
        curve("template lines", "line", List.of(1_000, 10_000, 100_000), List.of(1_000, 10_000, 100_000),
            (dir, n) -> {
              StringBuilder t = new StringBuilder("%template run\n");
              for (int i = 1; i < n; i++) t.append(i % 10 == 0 ? "echo {{ a }}\n" : "echo w\n");
              pack(dir, "operation run\nvar a : name = \"w\"\n", Map.of("run.plumb", t.toString()));
              return one("run", Map.of());
            }),
        curve("each items", "item", List.of(1_000, 10_000, 100_000), List.of(1_000, 10_000, 100_000, 1_000_000),
            (dir, n) -> {
              // two nested eaches over values: the values file stays far below 262144 values
              String t = "%template run\n%each a in o\n%each b in i\necho {{ b }}\n%end\n%end\n";
              pack(dir, "operation run\nvar o : list<int>\nvar i : list<int>\n", Map.of("run.plumb", t));
              return one("run", Map.of("o", ints(n / 1000), "i", ints(1000)));
            }),
        curve("include depth", "level", List.of(4, 16, 64), List.of(4, 16, 64, 200),
            (dir, n) -> {
              Map<String, String> files = new LinkedHashMap<>();
              files.put("run.plumb", "%template run\n%include f0()\n");
              for (int k = 0; k < n; k++) {
                files.put("f" + k + ".plumb", "%fragment f" + k + "()\necho in " + k + " {{ a }}\n"
                    + (k + 1 < n ? "%include f" + (k + 1) + "()\n" : "") + "echo out " + k + "\n");
              }
              pack(dir, "operation run\nvar a : name = \"w\"\n", files);
              return one("run", Map.of());
            }),
        curve("extends depth", "level", List.of(4, 16, 64), List.of(4, 16, 64, 200),
            (dir, n) -> {
              // r0 defines block b; each rK extends r(K-1) and overrides b with %super and a line
              Map<String, String> files = new LinkedHashMap<>();
              StringBuilder ops = new StringBuilder("operation r0");
              files.put("r0.plumb", "%template r0\necho start\n%block b\necho base {{ a }}\n%end\necho end\n");
              for (int k = 1; k < n; k++) {
                ops.append(", r").append(k);
                files.put("r" + k + ".plumb", "%template r" + k + "\n%extends r" + (k - 1)
                    + "\n%block b\n%super\necho level " + k + " {{ a }}\n%end\n");
              }
              pack(dir, ops + "\nvar a : name = \"w\"\n", files);
              return one("r" + (n - 1), Map.of());
            }),
        curve("if nesting depth", "level", List.of(4, 16, 60), List.of(4, 16, 32, 60),
            (dir, n) -> {
              StringBuilder t = new StringBuilder("%template run\n");
              for (int k = 0; k < n; k++) t.append("echo open ").append(k).append("\n%if f\n");
              t.append("echo {{ a }}\n");
              for (int k = 0; k < n; k++) t.append("%end\necho close ").append(k).append('\n');
              pack(dir, "operation run\nvar a : name = \"w\"\nvar f : bool = true\n", Map.of("run.plumb", t.toString()));
              return one("run", Map.of());
            }),
        curve("variables", "variable", List.of(10, 100, 1_000), List.of(10, 100, 1_000, 10_000),
            (dir, n) -> {
              StringBuilder m = new StringBuilder("operation run\n"), t = new StringBuilder("%template run\n");
              for (int k = 0; k < n; k++) {
                m.append("var v.n").append(k).append(" : name = \"w").append(k).append("\"\n");
                t.append("echo {{ v.n").append(k).append(" }}\n");
              }
              pack(dir, m.toString(), Map.of("run.plumb", t.toString()));
              return one("run", Map.of());
            }),
        curve("cells", "cell", List.of(10, 100, 1_000), List.of(10, 100, 1_000, 10_000),
            (dir, n) -> {
              // axes of 10 values each: 10^k cells, every one compiled
              int axes = (int) Math.round(Math.log10(n));
              StringBuilder m = new StringBuilder("operation run\nvar a : name = \"w\"\n");
              StringBuilder t = new StringBuilder("%template run\necho {{ a }}\n");
              List<Map<String, String>> cells = new ArrayList<>();
              cells.add(new LinkedHashMap<>());
              for (int x = 0; x < axes; x++) {
                m.append("axis x").append(x).append(" = ");
                for (int v = 0; v < 10; v++) m.append(v > 0 ? " | " : "").append("v").append(v);
                m.append('\n');
                t.append("%if x").append(x).append(" == v0\necho first ").append(x)
                    .append("\n%else\necho {{ x").append(x).append(" }}\n%end\n");
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> c : cells) {
                  for (int v = 0; v < 10; v++) {
                    Map<String, String> d = new LinkedHashMap<>(c);
                    d.put("x" + x, "v" + v);
                    next.add(d);
                  }
                }
                cells = next;
              }
              pack(dir, m.toString(), Map.of("run.plumb", t.toString()));
              return new Work(List.of("run"), cells, Map.of());
            }),
        curve("operations", "operation", List.of(10, 100, 1_000), List.of(10, 100, 1_000, 10_000),
            (dir, n) -> {
              StringBuilder m = new StringBuilder("var a : name = \"w\"\noperation o0");
              Map<String, String> files = new LinkedHashMap<>();
              List<String> ops = new ArrayList<>();
              for (int k = 0; k < n; k++) {
                if (k > 0) m.append(", o").append(k);
                ops.add("o" + k);
                files.put("o" + k + ".plumb", "%template o" + k + "\necho op " + k
                    + "\nmkdir -p /srv/{{ a }}\ntouch /srv/{{ a }}/" + k + "\necho done\n");
              }
              pack(dir, m + "\n", files);
              return new Work(ops, List.of(Map.of()), Map.of());
            }));
  }

  interface Writer {
    Work write(Path dir, int size) throws IOException;
  }

  static Curve curve(String name, String unit, List<Integer> quick, List<Integer> full, Writer w) {
    return new Curve() {
      public String name() {
        return name;
      }

      public String unit() {
        return unit;
      }

      public List<Integer> sizes(boolean q) {
        return q ? quick : full;
      }

      public Work write(Path dir, int size) throws IOException {
        return w.write(dir, size);
      }
    };
  }

  private static Work one(String op, Map<String, Object> values) {
    return new Work(List.of(op), List.of(Map.of()), values);
  }

  private static List<Integer> ints(int n) {
    List<Integer> l = new ArrayList<>(n);
    for (int i = 0; i < n; i++) l.add(i);
    return l;
  }

  private static void pack(Path dir, String manifest, Map<String, String> files) throws IOException {
    EqualWork.write(dir.resolve("pack.plumb"), "pack scaling \"generated\"\n" + manifest);
    for (Map.Entry<String, String> f : files.entrySet()) EqualWork.write(dir.resolve(f.getKey()), f.getValue());
  }
}
