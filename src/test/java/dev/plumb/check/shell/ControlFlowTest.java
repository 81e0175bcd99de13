package dev.plumb.check.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** P301–P304: control flow, groups and subshells, conditional operators, background jobs. */
class ControlFlowTest {

  static Stream<Arguments> forbidden() {
    return Stream.of(
        arguments("if true; then echo; fi", List.of("P301@1:1", "P301@1:10", "P301@1:21")),
        arguments("for f in a b; do rm $f; done", List.of("P301@1:1", "P301@1:15", "P301@1:25")),
        arguments("while true\ndo\n  x\ndone", List.of("P301@1:1", "P301@2:1", "P301@4:1")),
        arguments("until false; do :; done", List.of("P301@1:1", "P301@1:14", "P301@1:20")),
        arguments("select x in a; do :; done", List.of("P301@1:1", "P301@1:16", "P301@1:22")),
        arguments("case $x in\n  a) echo a ;;\nesac", List.of("P301@1:1", "P303@2:13", "P301@3:1")),
        arguments("A=1 if x", List.of("P301@1:5")),
        arguments("x | if y", List.of("P301@1:5")),
        arguments("! if x", List.of("P303@1:1", "P301@1:3")),
        arguments("{ echo; }", List.of("P302@1:1", "P302@1:9")),
        arguments("(cd /tmp; make)", List.of("P302@1:1", "P302@1:15")),
        arguments("echo a (b)", List.of("P302@1:8", "P302@1:10")),
        arguments("echo a && echo b", List.of("P303@1:8")),
        arguments("false || true", List.of("P303@1:7")),
        arguments("! false", List.of("P303@1:1")),
        arguments("a; ! b", List.of("P303@1:4")),
        arguments("sleep 1 &", List.of("P304@1:9")),
        arguments("sleep 1 & echo", List.of("P304@1:9")),
        arguments("a&b", List.of("P304@1:2")),
        arguments("a && b || c & d", List.of("P303@1:3", "P303@1:8", "P304@1:13")));
  }

  @ParameterizedTest
  @MethodSource
  void forbidden(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "echo if then fi done esac",
        "echo '&&' \"a;b\" '||' \"&\"",
        "echo a\\&\\&b a\\;b \\( \\)",
        "cmd 2>&1 >&2 <&0 >&-",
        "echo a; echo b | wc -l",
        "find . -exec rm {} +",
        "echo { }",
        "echo \"(\" ')'",
        "test ! -e /x",
        "echo !",
        "echo done; echo fi",
        "printf '%s\\n' a >> log",
        "cat < in > out <> rw >| clobber",
        "x=1; y=2",
      })
  void harmless(String text) {
    assertEquals(List.of(), Fixture.diagnostics(text));
  }

  @Test
  void keywordOnAContinuedLineIsAnArgument() {
    assertEquals(List.of(), Fixture.diagnostics("echo \\\n  if then"));
  }

  @Test
  void keywordAfterANewLineIsInCommandPosition() {
    assertEquals(List.of("P301@2:3"), Fixture.diagnostics("echo a\n  fi"));
  }

  @Test
  void spansCoverTheWholeOperatorOrKeyword() {
    var d = Fixture.of("true && while x").all();
    assertEquals(6, d.get(0).span().column());
    assertEquals(8, d.get(0).span().endColumn());
    assertEquals(9, d.get(1).span().column());
    assertEquals(14, d.get(1).span().endColumn());
  }

  @Test
  void hintsSayWhatToDoInstead() {
    var d = Fixture.of("if x\nsleep 1 &\nfor x").all();
    assertEquals("decide with %if at compile time", d.get(0).hint());
    assertEquals("use 'daemon -p PIDFILE' or 'qemu -daemonize' instead of '&'", d.get(1).hint());
    assertEquals("unroll with %each at compile time", d.get(2).hint());
  }
}
