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

/** P305–P308: command substitution, arithmetic, parameter operators, process substitution. */
class ExpansionTest {

  static Stream<Arguments> forbidden() {
    return Stream.of(
        arguments("x=$(cat f)", List.of("P305@1:3")),
        arguments("echo \"$(date)\"", List.of("P305@1:7")),
        arguments("echo `date`", List.of("P305@1:6")),
        arguments("echo \"a `b` c\"", List.of("P305@1:9")),
        arguments("echo $(a) $(b)", List.of("P305@1:6", "P305@1:11")),
        arguments("echo $(a $(b) \")\" ')') done", List.of("P305@1:6")),
        arguments("echo $((1 + 2))", List.of("P306@1:6")),
        arguments("echo \"$(( x * (2 + 3) ))\" ok", List.of("P306@1:7")),
        arguments("diff <(a) <(b)", List.of("P308@1:6", "P308@1:11")),
        arguments("tee >(gzip) < f", List.of("P308@1:5")),
        arguments("echo ${x", List.of("P307@1:6")),
        arguments("echo ${FOO_{{x}}}", List.of("P307@1:6")));
  }

  @ParameterizedTest
  @MethodSource
  void forbidden(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${#x}", "${x:-y}", "${x-y}", "${x:=y}", "${x?}", "${x:?msg}", "${x+y}", "${x%y}",
        "${x%%y}", "${x#y}", "${x##y}", "${x/y/z}", "${x:1}", "${!x}", "${x:-$(y)}", "${}"
      })
  void parameterOperators(String expansion) {
    assertEquals(List.of("P307@1:6"), Fixture.diagnostics("echo " + expansion));
    assertEquals(List.of("P307@1:7"), Fixture.diagnostics("echo \"" + expansion + "\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "echo ${HOME} $HOME $1 $@ $* $# $? $$ $! $- $0 ${10} ${#} ${@}",
        "echo \"${HOME}/x $USER:$1\"",
        "echo '$(x)' '${x:-y}' '$((1))' '`x`' '<(x)'",
        "# $(comment) ${x:-y} `x` $((1)) && || & ;; if",
        "echo a # $(comment)",
        "echo \\$\\(x\\) \"\\$(x)\" \\`x\\` \"\\`x\\`\"",
        "echo cost: $ \"a$\" $/",
        "echo a=b x=${A}",
      })
  void harmless(String text) {
    assertEquals(List.of(), Fixture.diagnostics(text));
  }

  @Test
  void parameterSpanCoversTheWholeExpansion() {
    var d = Fixture.of("echo ${x:-y} z").all().get(0);
    assertEquals(6, d.span().column());
    assertEquals(13, d.span().endColumn());
    assertEquals("parameter expansion '${x:-y}' has an operator", d.message());
  }

  @Test
  void commandSubstitutionSpanIsItsOpening() {
    var d = Fixture.of("x=$(cat f)").all().get(0);
    assertEquals(3, d.span().column());
    assertEquals(5, d.span().endColumn());
  }

  @Test
  void multiLineSubstitutionJoinsTheLines() {
    Fixture f = Fixture.of("x=$(a\nb)\nc");
    assertEquals(List.of("P305@1:3"), f.diagnostics());
    assertEquals(List.of(0, 0, 1), f.commands());
  }

  @Test
  void holeInsideASubstitutionRaisesNothingMore() {
    Fixture f = Fixture.of("echo $(ls {{dirs:list<path>}})");
    assertEquals(List.of("P305@1:6"), f.diagnostics());
    assertEquals(Quoting.UNQUOTED, f.hole("dirs").quoting());
  }
}
