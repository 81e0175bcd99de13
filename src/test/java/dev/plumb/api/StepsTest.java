package dev.plumb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.plumb.CompileOptions;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Step;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Script.steps()} on the lines that make splitting by lines or by operators go wrong: a
 * quoted string over two lines, a {@code \} continuation, a here-document whose body looks like
 * commands, a pipe that goes on to the next line, two commands on one line, comments and blank
 * lines.
 */
class StepsTest {
  private static final String TEMPLATE =
      """
      %template start
      # a comment is no step
      echo "a quoted string
      # that spans lines" | tr a b

      mkdir -p {{ vm.dir }} \\
        /tmp/x
      cat > /tmp/f <<EOF
      rm -rf /looks/like/a/command
        # and a comment

      EOF
      echo one; echo two
      printf a |
        tr a b
      %include last()
      """;

  private static final String LAST = "%fragment last()\n  # indented comment\n:\n";

  /** What a step should be: its script lines, text and template line. */
  private record Expected(int first, int last, String text, int templateLine) {}

  @Test
  void eachTopLevelCommandIsOneStepWithItsContinuationsAndBodies(@TempDir Path dir) {
    Script script = compile(dir, false);
    assertEquals(
        List.of(
            new Expected(6, 7, "echo \"a quoted string\n# that spans lines\" | tr a b\n", 3),
            new Expected(9, 10, "mkdir -p /vm \\\n  /tmp/x\n", 6),
            new Expected(
                11,
                15,
                "cat > /tmp/f <<EOF\nrm -rf /looks/like/a/command\n  # and a comment\n\nEOF\n",
                8),
            new Expected(16, 16, "echo one; echo two\n", 13),
            new Expected(17, 18, "printf a |\n  tr a b\n", 14),
            new Expected(20, 20, ":\n", 3)),
        script.steps().stream()
            .map(s -> new Expected(s.firstLine(), s.lastLine(), s.text(), s.origin().line()))
            .toList(),
        script.text());
    Step last = script.steps().get(5);
    assertEquals("p/last.plumb", last.origin().path());
    assertEquals(List.of("%include"), last.via().stream().map(ScriptLine.Step::directive).toList());
    assertEquals(16, last.via().get(0).site().line());
  }

  @Test
  void stepsAreNumberedInOrderAndStartAtTheirFirstLine(@TempDir Path dir) {
    Script script = compile(dir, false);
    for (int i = 0; i < script.steps().size(); i++) {
      Step step = script.steps().get(i);
      ScriptLine first = script.lines().get(step.firstLine() - 1);
      assertEquals(i + 1, step.number());
      assertEquals(first.origin(), step.origin());
      assertEquals(first.via(), step.via());
    }
    assertSame(script.steps(), script.steps(), "made once");
  }

  /** --annotate's comment before each command, like the header, is in no step. */
  @Test
  void annotationsAreNoSteps(@TempDir Path dir) {
    Script plain = compile(dir.resolve("plain"), false);
    Script annotated = compile(dir.resolve("annotated"), true);
    assertEquals(
        plain.steps().stream().map(Step::text).toList(),
        annotated.steps().stream().map(Step::text).toList());
    // the annotation before the comment, before the quoted string, …: more lines, no more steps
    assertEquals("# start.plumb:3", annotated.lines().get(6).text());
  }

  private static Script compile(Path dir, boolean annotate) {
    return TestPack.of(dir, "start.plumb", TEMPLATE, "last.plumb", LAST)
        .script(
            "start",
            TestPack.BHYVE,
            Values.none(),
            CompileOptions.defaults().withAnnotate(annotate));
  }
}
