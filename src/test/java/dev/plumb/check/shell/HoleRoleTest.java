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

/** Roles of holes, and the type rules: P313 lists, P312 comments, P318 secrets. */
class HoleRoleTest {

  static Stream<Arguments> roles() {
    return Stream.of(
        arguments("{{x}} -v", Role.COMMAND_NAME, true),
        arguments("A=1 B=2 {{x}}", Role.COMMAND_NAME, true),
        arguments("a | {{x}}", Role.COMMAND_NAME, true),
        arguments("a; /usr/bin/{{x}} b", Role.COMMAND_NAME, false),
        arguments("A={{x}} cmd", Role.ASSIGNMENT_VALUE, false),
        arguments("cmd A={{x}}", Role.ARGUMENT, false),
        arguments("export A={{x}}", Role.ARGUMENT, false),
        arguments("export {{x}}", Role.ARGUMENT, true),
        arguments("echo x > {{x}}", Role.REDIRECT_TARGET, true),
        arguments("echo x >>{{x}}", Role.REDIRECT_TARGET, true),
        arguments("cmd 2>{{x}}", Role.REDIRECT_TARGET, true),
        arguments("cmd < \"{{x}}\"", Role.REDIRECT_TARGET, false),
        arguments("> {{x}} cmd", Role.REDIRECT_TARGET, true),
        arguments("cmd \\\n  {{x}}", Role.ARGUMENT, true),
        arguments("cmd \\\n{{x}}", Role.ARGUMENT, true),
        arguments("cmd # {{x}}", Role.COMMENT, false),
        arguments("cat <<E\n{{x}}\nE", Role.HEREDOC_BODY, false));
  }

  @ParameterizedTest
  @MethodSource
  void roles(String text, Role role, boolean wholeWord) {
    HoleContext context = Fixture.of(text).hole("x");
    assertEquals(role, context.role());
    assertEquals(wholeWord, context.wholeWord());
  }

  @Test
  void redirectionBeforeTheCommandKeepsCommandPosition() {
    Fixture f = Fixture.of("2>/dev/null {{cmd}} {{arg}}");
    assertEquals(Role.COMMAND_NAME, f.hole("cmd").role());
    assertEquals(Role.ARGUMENT, f.hole("arg").role());
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        arguments("rm -f{{l:list<path>}}", List.of("P313@1:6")),
        arguments("rm \"{{l:list<path>}}\"", List.of("P313@1:5")),
        arguments("{{l:list<string>}} x", List.of("P313@1:1")),
        arguments("A={{l:list<int>}} cmd", List.of("P313@1:3")),
        arguments("cat > {{l:list<path>}}", List.of("P313@1:7")),
        arguments("x | {{l:list<path>?}}", List.of("P313@1:5")),
        arguments("# {{l:list<path>}}", List.of("P313@1:3")),
        arguments("cat <<E\n{{l:list<int>}}\nE", List.of("P313@2:1")),
        arguments("cat <<'E'\n{{l:list<int>}}\nE", List.of("P313@2:1")),
        arguments("{{n}}=1 cmd", List.of("P313@1:1")),
        arguments("VM_{{n}}=1 cmd", List.of("P313@1:4")),
        arguments("{{n:list<string>}}=1 cmd", List.of("P313@1:1")));
  }

  @ParameterizedTest
  @MethodSource
  void lists(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rm -f {{l:list<path>}} {{m:list<path>?}}",
        "cmd -- {{l:list<int>}}|wc",
        "cmd \\\n  {{l:list<path>}} \\\n  x",
        "cmd {{x}}=1",
        "echo {{n}}=1",
        "{{s:string}} {{e:a|b}} \"{{t:string}}\" > {{p:path}}",
        "rm \"{{l:error}}\" {{u}}x",
      })
  void acceptedHoles(String text) {
    assertEquals(List.of(), Fixture.diagnostics(text));
  }

  @Test
  void listMessageNamesTheHoleAndTheFix() {
    var d = Fixture.of("rm \"{{ vm.disks : list<path> }}\"").all().get(0);
    assertEquals(
        "list hole '{{ vm.disks : list<path> }}' inside double quotes would become one word",
        d.message());
    assertEquals("make one string of it with join(list, \" \")", d.hint());
  }

  static Stream<Arguments> comments() {
    return Stream.of(
        arguments("# note {{s:string}}", List.of("P312@1:8")),
        arguments("echo a # {{s:string}}", List.of("P312@1:10")),
        arguments("# {{l:list<string>}}", List.of("P312@1:3")),
        arguments("# {{s:string?}}", List.of("P312@1:3")),
        arguments("# {{n:name}} {{i:int}} {{p:path}} {{m:mac}} {{e:a|b}} {{o:int?}}", List.of()),
        arguments("# {{u}} {{x:error}}", List.of()),
        arguments("echo a#{{s:string}}", List.of()),
        arguments("echo '#' {{s:string}}", List.of()),
        arguments("# {{pw:secret}}", List.of("P318@1:3")));
  }

  @ParameterizedTest
  @MethodSource
  void comments(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  @Test
  void commentHoleContext() {
    assertEquals(
        new HoleContext(Quoting.COMMENT, Role.COMMENT, false),
        Fixture.of("ls # {{n:name}}").hole("n"));
  }

  static Stream<Arguments> secrets() {
    return Stream.of(
        arguments("cat <<'EOF'\n{{pw:secret}}\nEOF", List.of("P318@2:1")),
        arguments("cat <<\\EOF\npw={{pw:secret?}}\nEOF", List.of("P318@2:4")),
        arguments("cat <<EOF\n{{pw:secret}}\nEOF", List.of()),
        arguments("vnc -p \"{{pw:secret}}\" {{pw2:secret}}", List.of("P325@1:9", "P325@1:24")),
        arguments("printf '%s\\n' {{pw:secret}} | vnc -p -", List.of()),
        arguments("PW={{pw:secret}} vnc", List.of()),
        arguments("export PW={{pw:secret}}", List.of()),
        arguments("echo '{{pw:secret}}'", List.of("P311@1:7")));
  }

  @ParameterizedTest
  @MethodSource
  void secrets(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  static Stream<Arguments> beforeRedirection() {
    return Stream.of(
        arguments("echo {{n:int}}>f", List.of("P313@1:6")),
        arguments("echo 1{{s:string}}<f", List.of("P313@1:7")),
        arguments("echo {{n:int}} >f", List.of()),
        arguments("echo x{{n:int}}>f", List.of()),
        arguments("echo \"{{n:int}}\">f", List.of()),
        arguments("echo {{b:bool}}>f {{u}}>g", List.of()));
  }

  @ParameterizedTest
  @MethodSource
  void beforeRedirection(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }
}
