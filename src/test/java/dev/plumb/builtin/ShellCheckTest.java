package dev.plumb.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.Matrix;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every supported cell of the built-in pack compiles with at least one example VM (a P506 refusal
 * skips an example), and ShellCheck finds nothing in any script.
 */
class ShellCheckTest {

  @Test
  void everySupportedCellCompilesToScriptsShellCheckAccepts(@TempDir Path tmp) throws Exception {
    Path shellcheck = Tools.require("shellcheck", "shellcheck");
    List<Path> examples = BuiltinPack.examples();
    assertTrue(examples.size() >= 3, "want at least three example VMs, found " + examples);
    List<String> problems = new ArrayList<>();
    Map<Path, String> scripts = new LinkedHashMap<>();
    int supported = 0;
    for (Matrix.Entry entry : BuiltinPack.pack().matrix().entries()) {
      if (!entry.supported()) {
        continue;
      }
      supported++;
      int compiled = 0;
      for (Path example : examples) {
        String what = entry.operation() + " " + entry.cell() + " with " + example.getFileName();
        try {
          Script script =
              BuiltinPack.pack().compile(entry.operation(), entry.cell(), Values.fromJson(example));
          Path file = tmp.resolve(scripts.size() + ".sh");
          Files.writeString(file, script.text(), StandardCharsets.UTF_8);
          scripts.put(file, what);
          compiled++;
        } catch (PlumbException e) {
          if (!BuiltinPack.onlyRequires(e)) {
            problems.add(what + ": " + e.getMessage());
          }
        }
      }
      if (compiled == 0) {
        problems.add(entry.operation() + " " + entry.cell() + ": no example VM compiles");
      }
    }
    assertTrue(supported > 0, "the pack supports no cell");
    problems.addAll(shellcheck(shellcheck, scripts));
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  /** One ShellCheck run over every script; each finding names the operation, cell and example. */
  private static List<String> shellcheck(Path shellcheck, Map<Path, String> scripts)
      throws Exception {
    List<String> command =
        new ArrayList<>(List.of(shellcheck.toString(), "-s", "sh", "-f", "json1"));
    scripts.keySet().forEach(f -> command.add(f.toString()));
    Tools.Result result = Tools.run(command, null, Map.of());
    JsonNode comments = new ObjectMapper().readTree(result.out()).path("comments");
    List<String> findings = new ArrayList<>();
    for (JsonNode c : comments) {
      Path file = Path.of(c.path("file").asText());
      String line =
          Files.readAllLines(file, StandardCharsets.UTF_8).get(c.path("line").asInt() - 1);
      findings.add(
          scripts.get(file)
              + ": SC"
              + c.path("code").asInt()
              + " "
              + c.path("level").asText()
              + ": "
              + c.path("message").asText()
              + "\n    "
              + line);
    }
    if (findings.isEmpty() && result.exit() != 0) {
      findings.add("shellcheck failed: " + result.describe());
    }
    return findings;
  }
}
