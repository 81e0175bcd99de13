package dev.plumb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a command from the repository's root and keeps its output. */
record Proc(int exit, String out, String err, double seconds) {
  static Proc run(Path cwd, Map<String, String> env, List<String> command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
      pb.environment().putAll(env);
      Path out = Files.createTempFile("plumb-bench", ".out"), err = Files.createTempFile("plumb-bench", ".err");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      long t0 = System.nanoTime();
      int exit = pb.start().waitFor();
      double s = (System.nanoTime() - t0) / 1e9;
      Proc p = new Proc(exit, Files.readString(out), Files.readString(err), s);
      Files.delete(out);
      Files.delete(err);
      return p;
    } catch (IOException e) {
      return new Proc(-1, "", e.toString(), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Proc sh(Path cwd, String script) {
    return run(cwd, Map.of(), List.of("sh", "-c", script));
  }

  static boolean has(String tool) {
    return sh(Path.of("."), "command -v " + tool).exit() == 0;
  }

  /** GNU time -v's report, from stderr. */
  record Usage(double wall, double user, double sys, long maxRssKb) {
    static Usage parse(String err) {
      double wall = 0, user = 0, sys = 0;
      long rss = 0;
      for (String l : err.split("\n")) {
        l = l.trim();
        String v = l.substring(l.lastIndexOf(' ') + 1);
        if (l.startsWith("Elapsed (wall clock)")) {
          double t = 0;
          for (String part : v.split(":")) t = t * 60 + Double.parseDouble(part);
          wall = t;
        } else if (l.startsWith("User time")) user = Double.parseDouble(v);
        else if (l.startsWith("System time")) sys = Double.parseDouble(v);
        else if (l.startsWith("Maximum resident set size")) rss = Long.parseLong(v);
      }
      return new Usage(wall, user, sys, rss);
    }
  }
}
