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

/** P309 forbidden builtins and P310 bash-only syntax. */
class BashOnlyTest {

  static Stream<Arguments> forbidden() {
    return Stream.of(
        arguments("eval \"$x\"", List.of("P309@1:1")),
        arguments("source ./lib.sh", List.of("P309@1:1")),
        arguments(". ./lib.sh", List.of("P309@1:1")),
        arguments("trap 'rm f' EXIT", List.of("P309@1:1")),
        arguments("A=1 eval x", List.of("P309@1:5")),
        arguments("x | eval y", List.of("P309@1:5")),
        arguments("set +e", List.of("P309@1:5")),
        arguments("set -e +u", List.of("P309@1:8")),
        arguments("set -o errexit +o nounset", List.of("P309@1:16")),
        arguments("[[ -e x ]]", List.of("P310@1:1")),
        arguments("cat <<< \"$x\"", List.of("P310@1:5")),
        arguments("echo $'a\\nb'", List.of("P310@1:6")),
        arguments("echo $\"hi\"", List.of("P310@1:6")),
        arguments("cmd &> f", List.of("P310@1:5")),
        arguments("cmd &>> f", List.of("P310@1:5")),
        arguments("a |& b", List.of("P310@1:3")),
        arguments("arr=(1 2 3)", List.of("P310@1:1")),
        arguments("export arr+=(1)", List.of("P310@1:8")),
        arguments("function f", List.of("P310@1:1")),
        arguments("echo {a,b}", List.of("P310@1:6")),
        arguments("cp f{,.bak}", List.of("P310@1:5")),
        arguments("echo {1..3} {a..c}", List.of("P310@1:6", "P310@1:13")),
        arguments("echo x{a,{b,c}}y", List.of("P310@1:7")),
        arguments("mkdir {{d}}/{a,b}", List.of("P310@1:13")),
        arguments("echo ${{x}}", List.of("P310@1:6")),
        arguments("echo \"${{x}}\"", List.of("P310@1:7")));
  }

  @ParameterizedTest
  @MethodSource
  void forbidden(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "echo eval source . trap function [[ ]]",
        "exec qemu-system-x86_64 -daemonize",
        "export A=1 B",
        "./run.sh .",
        "set -eu",
        "set -- a b",
        "echo +e; set -x",
        "echo {} {a} '{a,b}' \"{1..3}\" \\{a,b\\} {a..} {1..x} a{b}c",
        "echo \\${{x}} '$'{{y}}",
        "a=b c=d cmd",
        "[ -e /x ]",
        "echo \"$'x'\" \"$\\\"\"",
      })
  void harmless(String text) {
    assertEquals(List.of(), Fixture.diagnostics(text));
  }

  @Test
  void braceExpansionSpanCoversTheBraces() {
    var d = Fixture.of("cp f{,.bak}").all().get(0);
    assertEquals(5, d.span().column());
    assertEquals(12, d.span().endColumn());
  }

  @Test
  void dollarBeforeHoleSaysWhy() {
    var d = Fixture.of("echo ${{x}}").all().get(0);
    assertEquals(
        "a '$' directly before a hole would read the value as a variable name or as bash quoting",
        d.message());
    assertEquals(6, d.span().column());
    assertEquals(12, d.span().endColumn());
  }

  @Test
  void braceExpansionInALeadingAssignmentIsNotExpanded() {
    assertEquals(List.of(), Fixture.diagnostics("A={a,b} cmd"));
  }
}
