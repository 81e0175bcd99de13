package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Step;
import dev.plumb.run.Instrumented;
import dev.plumb.testing.RunnerSample;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What {@code plumb run} runs ({@link Instrumented}) passes the checks of any compiled script: an
 * independent parser finds it straight-line, dash parses it; the lines it adds are the constant
 * ones with a step number, and removing them gives the script back. The runner sample's script also
 * passes ShellCheck and the parsers of every shell plumb runs with.
 */
class InstrumentedScriptProperties {
  /** The only lines a run adds: an exec to the step's files, its marker, the end marker. */
  private static final Pattern ADDED =
      Pattern.compile(
          "exec >>\"\\$PLUMB_RUN_DIR/[0-9]+\\.out\" 2>>\"\\$PLUMB_RUN_DIR/[0-9]+\\.err\""
              + "|printf 'step %s\\\\n' [0-9]+ >>\"\\$PLUMB_RUN_DIR/markers\""
              + "|printf 'end\\\\n' >>\"\\$PLUMB_RUN_DIR/markers\"");

  @Provide
  Arbitrary<Program> programs() {
    return Program.arbitrary();
  }

  @Property
  void instrumentedScriptsAreStraightLineAndAddOnlyMarkers(@ForAll("programs") Program program)
      throws Exception {
    Script script = GuaranteeProperties.compile(program);
    if (script == null) {
      return;
    }
    String text = instrumented(script);
    List<String> problems = StraightLine.violations(text);
    assertTrue(problems.isEmpty(), problems + "\n" + text + program);
    Tools.Result dash =
        Tools.run(List.of("dash", "-n"), text.getBytes(StandardCharsets.UTF_8), null, Map.of());
    assertEquals(0, dash.exit(), "dash -n: " + dash.err() + "\n" + text + program);
    assertEquals(script.text(), withoutMarkers(text, script.steps().size()), program.toString());
  }

  @Example
  void theSampleScriptPassesShellCheckAndEveryShell() throws Exception {
    String text = instrumented(RunnerSample.create());
    assertEquals(List.of(), StraightLine.violations(text));
    Tools.Result check =
        Tools.run(
            List.of(Tools.require("shellcheck", "shellcheck").toString(), "-s", "sh", "-"),
            text.getBytes(StandardCharsets.UTF_8),
            null,
            Map.of());
    assertEquals(0, check.exit(), check.describe() + text);
    for (List<String> shell :
        List.of(
            List.of("dash", "-n"),
            List.of("bash", "--posix", "-n"),
            List.of("busybox", "sh", "-n"),
            List.of("sh", "-n"))) {
      Tools.Result parsed = Tools.run(shell, text.getBytes(StandardCharsets.UTF_8), null, Map.of());
      assertEquals(0, parsed.exit(), shell + ": " + parsed.describe());
    }
  }

  static String instrumented(Script script) {
    return Instrumented.of(
        script.lines().stream().map(ScriptLine::text).toList(),
        script.steps().stream().map(Step::firstLine).toList());
  }

  /** The text without the lines a run adds; each must be one of them, two per step and an end. */
  private static String withoutMarkers(String text, int steps) {
    List<String> kept = new ArrayList<>();
    int added = 0;
    for (String line : text.split("\n", -1)) {
      if (ADDED.matcher(line).matches()) {
        added++;
      } else {
        kept.add(line);
      }
    }
    assertEquals(2 * steps + 1, added, text);
    return String.join("\n", kept);
  }
}
