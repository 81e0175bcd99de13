package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pretend host: stub commands first on PATH log their argv (count, name, arguments, NUL-
 * terminated), and may pass the call on to the real program, while dash runs the compiled scripts.
 */
final class StubHost {
  private final Path bin;
  private final Path log;

  private StubHost(Path bin, Path log) {
    this.bin = bin;
    this.log = log;
  }

  /** Stubs that only log ({@code logOnly}) and stubs that log, then run the real program. */
  static StubHost create(Path folder, List<String> logOnly, List<String> passThrough)
      throws IOException {
    Path bin = Files.createDirectories(folder.resolve("stub-bin"));
    Path log = folder.resolve("calls.log");
    Files.writeString(log, "");
    for (String name : logOnly) {
      Tools.stub(bin, name, "");
    }
    for (String name : passThrough) {
      Path real = Tools.require(name, "coreutils");
      Tools.stub(bin, name, "exec '" + real + "' \"$@\"\n");
    }
    return new StubHost(bin, log);
  }

  /** Runs a script with dash, the stubs first on PATH; it must succeed. */
  Tools.Result run(String script) throws IOException, InterruptedException {
    return run(script, Map.of());
  }

  /** As {@link #run(String)}, with more variables in the script's environment. */
  Tools.Result run(String script, Map<String, String> more)
      throws IOException, InterruptedException {
    Tools.Result result = attempt(script, more);
    assertEquals(0, result.exit(), "the script failed:\n" + script + "\n" + result.describe());
    return result;
  }

  /** Runs a script with dash, the stubs first on PATH, whatever its outcome. */
  Tools.Result attempt(String script) throws IOException, InterruptedException {
    return attempt(script, Map.of());
  }

  /** As {@link #attempt(String)}, with more variables in the script's environment. */
  Tools.Result attempt(String script, Map<String, String> more)
      throws IOException, InterruptedException {
    Path dash = Tools.require("dash", "dash");
    String path = bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    Map<String, String> env = new HashMap<>(more);
    env.put("PATH", path);
    env.put("STUB_LOG", log.toString());
    return Tools.runScript(List.of(dash.toString()), script, bin.getParent(), env);
  }

  /** Makes {@code name} a stub that logs its call, then runs {@code then} (shell text). */
  void restub(String name, String then) throws IOException {
    Tools.stub(bin, name, then);
  }

  /** Every stub call so far, in order: the command's name, then its arguments. */
  List<List<String>> calls() throws IOException {
    return Tools.stubCalls(log);
  }

  /** Forgets the calls so far. */
  void clear() throws IOException {
    Files.writeString(log, "");
  }
}
