package dev.plumb.testing;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runner sample ({@code samples/runner}) and the stub commands its operations call, each put in
 * a {@code bin} folder that a run's {@code PATH} names first. Each stub logs its call ({@link
 * Tools#stub}); {@code STUB_FAIL=NAME} makes stub NAME fail (exit 3, a line on stderr), {@code
 * STUB_SLEEP=NAME} makes it write its process id to {@code $STUB_LOG.pid} and sleep a minute.
 * {@code netauth} reads the token on its standard input and says it; {@code vmstart} says the state
 * the earlier steps set ({@code VM_NAME}, the folder).
 */
public final class RunnerSample {
  public static final Path PACK = Path.of("samples", "runner");
  public static final Path VALUES = PACK.resolve("examples").resolve("web1.json");
  public static final List<String> COMMANDS =
      List.of("mkdisk", "netup", "netauth", "vmstart", "vmstop", "netdown");

  /** The token the tests give as the sample's secret. */
  public static final String TOKEN = "tok-3f9a-SECRET";

  private RunnerSample() {}

  /** The script of {@code create host=big}: 7 steps, step 3 through an override and an include. */
  public static Script create() {
    return Pack.load(PACK).compile("create", Cell.of("host", "big"), Values.fromJson(VALUES));
  }

  /** Writes the stubs into {@code bin}, made when missing. */
  public static void stubs(Path bin) throws IOException {
    Files.createDirectories(bin);
    for (String name : COMMANDS) {
      String then =
          "if [ \"${STUB_FAIL:-}\" = "
              + name
              + " ]; then echo '"
              + name
              + ": no space left on device' >&2; exit 3; fi\n"
              + "if [ \"${STUB_SLEEP:-}\" = "
              + name
              + " ]; then echo $$ > \"$STUB_LOG.pid\"; sleep 60; fi\n"
              + switch (name) {
                case "netauth" -> "read -r token\necho \"netauth: registered with $token\"\n";
                case "vmstart" -> "echo \"vmstart: VM_NAME=$VM_NAME in ${PWD##*/}\"\n";
                default -> "";
              };
      Tools.stub(bin, name, then);
    }
  }

  /**
   * The environment of a run in {@code dir}: the stubs of {@code dir/bin} first on PATH, their log
   * {@code dir/calls}, the sample's secret, and {@code more} (NAME, VALUE, …).
   */
  public static Map<String, String> environment(Path dir, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", dir.resolve("bin").toAbsolutePath() + ":" + System.getenv("PATH"));
    env.put("STUB_LOG", dir.resolve("calls").toAbsolutePath().toString());
    env.put("PLUMB_SECRET_VM_TOKEN", TOKEN);
    for (int i = 0; i + 1 < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  /** The stubs' calls in {@code dir}, one a line: the command and its arguments. */
  public static String calls(Path dir) throws IOException {
    StringBuilder out = new StringBuilder();
    for (List<String> call : Tools.stubCalls(dir.resolve("calls"))) {
      out.append(String.join(" ", call)).append('\n');
    }
    return out.toString();
  }
}
