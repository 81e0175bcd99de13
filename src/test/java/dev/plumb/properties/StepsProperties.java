package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumb.CompileOptions;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code Script.steps()} over generated programs (with lines that make splitting go wrong added to
 * the root template), judged by an independent parser, shfmt: the steps are exactly the script's
 * top-level statements, line for line.
 */
class StepsProperties {
  /** Shell text whose command boundaries a splitter by lines or by operators gets wrong. */
  private static final List<String> TRICKY =
      List.of(
          "echo \"a quoted string\n# that spans lines\" | tr a b",
          "printf '%s\\n' 'one\n  two' |\n  cat",
          "stub a \\\n  b \\\n  c",
          "cat <<EOF\nrm -rf /looks/like/a/command\n# not a comment\n\nEOF",
          "cat <<-'EOF' | tr a b\n\tx; y | z \\\n\tEOF",
          "echo one; echo two",
          "# a comment",
          "",
          "  # an indented comment",
          "echo a |\n  cat");

  @Provide
  Arbitrary<Program> programs() {
    return Arbitraries.lazy(Program::arbitrary);
  }

  @Provide
  Arbitrary<List<String>> tricky() {
    return Arbitraries.of(TRICKY).list().ofMaxSize(5);
  }

  /**
   * The steps and the lines in no step give the script back, in order; shfmt finds the statements
   * of the whole script exactly on the steps' lines (several only where one line joins them with
   * ';'); each step's text alone parses to the same statements; and each step starts where {@code
   * lines()} says its first line came from.
   */
  @Property(tries = 100)
  void stepsAreTheScriptsTopLevelStatements(
      @ForAll("programs") Program generated,
      @ForAll("tricky") List<String> tricky,
      @ForAll boolean annotate)
      throws Exception {
    Program program = withLines(generated, tricky);
    Script script =
        GuaranteeProperties.compile(program, CompileOptions.defaults().withAnnotate(annotate));
    if (script == null) {
      return;
    }
    String context = script.text() + program;
    assertEquals(script.text(), rejoined(script), context);
    List<int[]> physical = physicalLines(script.lines());
    // plumb's header ends with 'set -eu', a statement of plumb's own, not a step
    List<int[]> expected =
        statements(script.text(), context).stream()
            .filter(s -> fromTemplate(script.lines(), physical, s[0]))
            .toList();
    List<Step> steps = script.steps();
    List<int[]> found = new ArrayList<>();
    for (Step step : steps) {
      found.add(
          new int[] {
            physical.get(step.firstLine() - 1)[0], physical.get(step.lastLine() - 1)[1], 0
          });
    }
    for (int[] range : found) {
      range[2] = (int) expected.stream().filter(e -> e[0] == range[0] && e[1] == range[1]).count();
    }
    assertEquals(
        expected.stream().map(r -> r[0] + "-" + r[1]).toList(),
        found.stream().map(r -> r[0] + "-" + r[1]).toList(),
        "statement lines (shfmt) and step lines\n" + context);
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      ScriptLine first = script.lines().get(step.firstLine() - 1);
      assertEquals(first.origin(), step.origin(), context);
      assertEquals(first.via(), step.via(), context);
      StraightLine.Verdict alone = StraightLine.judge(step.text());
      assertTrue(alone.parsed(), alone.error() + "\n" + step.text() + context);
      assertEquals(
          statementsOnOneLine(expected, found.get(i)),
          alone.tree().path("Stmts").size(),
          "statements in step " + step.number() + ":\n" + step.text() + context);
    }
  }

  /** Whether the script line holding physical line {@code line} came from a template. */
  private static boolean fromTemplate(List<ScriptLine> lines, List<int[]> physical, int line) {
    for (int i = 0; i < lines.size(); i++) {
      if (physical.get(i)[0] <= line && line <= physical.get(i)[1]) {
        return lines.get(i).origin() != null;
      }
    }
    throw new AssertionError("no script line holds line " + line);
  }

  /** The program with {@code lines} added at the end of its root template. */
  private static Program withLines(Program program, List<String> lines) {
    Map<String, String> files = new LinkedHashMap<>(program.files());
    StringBuilder root = new StringBuilder(files.get("run.plumb"));
    lines.forEach(line -> root.append(line).append('\n'));
    files.put("run.plumb", root.toString());
    return new Program(files, program.cell(), program.values());
  }

  /** The steps' texts and the lines in no step, in script order. */
  private static String rejoined(Script script) {
    StringBuilder text = new StringBuilder();
    int next = 1;
    for (Step step : script.steps()) {
      for (; next < step.firstLine(); next++) {
        text.append(script.lines().get(next - 1).text()).append('\n');
      }
      text.append(step.text());
      next = step.lastLine() + 1;
    }
    for (; next <= script.lines().size(); next++) {
      text.append(script.lines().get(next - 1).text()).append('\n');
    }
    return text.toString();
  }

  /**
   * The physical lines {@code [first, last]} of each script line: a value with a line break makes
   * one script line several lines of text.
   */
  private static List<int[]> physicalLines(List<ScriptLine> lines) {
    List<int[]> physical = new ArrayList<>();
    int at = 1;
    for (ScriptLine line : lines) {
      int breaks = (int) line.text().chars().filter(c -> c == '\n').count();
      physical.add(new int[] {at, at + breaks});
      at += breaks + 1;
    }
    return physical;
  }

  /**
   * The lines {@code [first, last]} of the script's top-level statements as shfmt parses the whole
   * script, here-document bodies included; statements that share a line ({@code a; b}) as one.
   */
  private static List<int[]> statements(String text, String context) throws Exception {
    StraightLine.Verdict whole = StraightLine.judge(text);
    assertTrue(whole.parsed(), whole.error() + context);
    List<int[]> ranges = new ArrayList<>();
    for (JsonNode statement : whole.tree().path("Stmts")) {
      int first = statement.path("Pos").path("Line").asInt();
      int last = lastLine(statement);
      int[] previous = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (previous != null && first <= previous[1]) {
        previous[1] = Math.max(previous[1], last);
        previous[2]++;
      } else {
        ranges.add(new int[] {first, last, 1});
      }
    }
    return ranges;
  }

  /** The last line any node of {@code node} ends on. */
  private static int lastLine(JsonNode node) {
    int last = node.path("End").path("Line").asInt();
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        last = Math.max(last, lastLine(child));
      }
    }
    return last;
  }

  /** How many statements shfmt found on the lines of {@code step}. */
  private static int statementsOnOneLine(List<int[]> statements, int[] step) {
    return statements.stream()
        .filter(s -> s[0] == step[0] && s[1] == step[1])
        .mapToInt(s -> s[2])
        .findFirst()
        .orElse(0);
  }
}
