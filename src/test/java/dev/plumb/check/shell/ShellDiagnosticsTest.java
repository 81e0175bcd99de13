package dev.plumb.check.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact P3xx diagnostics, {@code CODE@line:column-endColumn message} in source order ({@code ok}
 * for none): which words stand in command position after each reserved word, operator and
 * assignment; brace and parameter expansions; line breaks inside quotes; here-documents; and the
 * type rules of holes in every context ({@code {{name:type}}}, see {@link Fixture}).
 */
class ShellDiagnosticsTest {
  private static final String[][] COMMANDS = {
    {
      "if eval x",
      "P301@1:1-3 shell control flow 'if' is not allowed // P309@1:4-8 builtin 'eval' is not allowed"
    },
    {
      "then eval x",
      "P301@1:1-5 shell control flow 'then' is not allowed // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {
      "elif eval x",
      "P301@1:1-5 shell control flow 'elif' is not allowed // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {
      "else eval x",
      "P301@1:1-5 shell control flow 'else' is not allowed // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {"fi eval x", "P301@1:1-3 shell control flow 'fi' is not allowed"},
    {"case eval x", "P301@1:1-5 shell control flow 'case' is not allowed"},
    {"esac eval x", "P301@1:1-5 shell control flow 'esac' is not allowed"},
    {
      "while eval x",
      "P301@1:1-6 shell control flow 'while' is not allowed // P309@1:7-11 builtin 'eval' is not allowed"
    },
    {
      "until eval x",
      "P301@1:1-6 shell control flow 'until' is not allowed // P309@1:7-11 builtin 'eval' is not allowed"
    },
    {
      "do eval x",
      "P301@1:1-3 shell control flow 'do' is not allowed // P309@1:4-8 builtin 'eval' is not allowed"
    },
    {"for eval x", "P301@1:1-4 shell control flow 'for' is not allowed"},
    {"select eval x", "P301@1:1-7 shell control flow 'select' is not allowed"},
    {"done eval x", "P301@1:1-5 shell control flow 'done' is not allowed"},
    {
      "{ eval x",
      "P302@1:1-2 command group '{' is not allowed // P309@1:3-7 builtin 'eval' is not allowed"
    },
    {"} eval x", "P302@1:1-2 command group '}' is not allowed"},
    {
      "! eval x",
      "P303@1:1-2 negation '!' is not allowed // P309@1:3-7 builtin 'eval' is not allowed"
    },
    {"[[ eval x", "P310@1:1-3 test '[[' is bash-only"},
    {"]] eval x", "P310@1:1-3 test ']]' is bash-only"},
    {
      "function eval x",
      "P310@1:1-9 keyword 'function' is bash-only, and a straight-line script has no functions"
    },
    {"eval eval x", "P309@1:1-5 builtin 'eval' is not allowed"},
    {"source eval x", "P309@1:1-7 builtin 'source' is not allowed"},
    {". eval x", "P309@1:1-2 builtin '.' is not allowed"},
    {"trap eval x", "P309@1:1-5 builtin 'trap' is not allowed"},
    {"echo eval x", "ok"},
    {
      "a && eval x",
      "P303@1:3-5 conditional operator '&&' is not allowed // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {
      "a || eval x",
      "P303@1:3-5 conditional operator '||' is not allowed // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {
      "a ;; eval x",
      "P303@1:3-5 case terminator ';;' is not allowed // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {
      "a & eval x",
      "P304@1:3-4 background job '&' would hide the command's failure // P309@1:5-9 builtin 'eval' is not allowed"
    },
    {
      "a |& eval x",
      "P310@1:3-5 pipe '|&' is bash-only // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {"a | eval x", "P309@1:5-9 builtin 'eval' is not allowed"},
    {"a; eval x", "P309@1:4-8 builtin 'eval' is not allowed"},
    {
      "(eval x)",
      "P302@1:1-2 subshell '(' is not allowed // P309@1:2-6 builtin 'eval' is not allowed // P302@1:8-9 subshell ')' is not allowed"
    },
    {
      "case x in a) eval x ;; esac",
      "P301@1:1-5 shell control flow 'case' is not allowed // P309@1:14-18 builtin 'eval' is not allowed // P303@1:21-23 case terminator ';;' is not allowed // P301@1:24-28 shell control flow 'esac' is not allowed"
    },
    {
      "case x in\n a) eval x\n ;;\nesac\n(eval)",
      "P301@1:1-5 shell control flow 'case' is not allowed // P309@2:5-9 builtin 'eval' is not allowed // P303@3:2-4 case terminator ';;' is not allowed // P301@4:1-5 shell control flow 'esac' is not allowed // P302@5:1-2 subshell '(' is not allowed // P309@5:2-6 builtin 'eval' is not allowed // P302@5:6-7 subshell ')' is not allowed"
    },
    {"A=1 eval x", "P309@1:5-9 builtin 'eval' is not allowed"},
    {"A=1 B=2 eval x", "P309@1:9-13 builtin 'eval' is not allowed"},
    {"1A=x eval x", "ok"},
    {"=x eval x", "ok"},
    {"'A'=x eval x", "ok"},
    {"A\"B\"=x eval x", "ok"},
    {"a_b9=x eval x", "P309@1:8-12 builtin 'eval' is not allowed"},
    {"command eval x", "P309@1:9-13 builtin 'eval' is not allowed"},
    {"command -p -- eval x", "P309@1:15-19 builtin 'eval' is not allowed"},
    {"\"command\" \\eval x", "P309@1:11-16 builtin 'eval' is not allowed"},
    {"builtin . x", "P309@1:9-10 builtin '.' is not allowed"},
    {
      "command set +e", "P309@1:13-15 'set +e' would switch off a shell option the script relies on"
    },
    {"command > f trap x", "P309@1:13-17 builtin 'trap' is not allowed"},
    {"command ls eval", "ok"},
    {"command -v ls; eval x", "P309@1:16-20 builtin 'eval' is not allowed"},
    {"echo command eval", "ok"},
    {
      "time eval x",
      "P310@1:1-5 keyword 'time' is bash-only: in sh it is a program of its own, or missing // P309@1:6-10 builtin 'eval' is not allowed"
    },
    {"/usr/bin/time ls", "ok"},
    {";", "P321@1:1-2 ';' with no command before it"},
    {"| a", "P321@1:1-2 '|' with no command before it"},
    {"a ; ; b", "P321@1:5-6 ';' with no command before it"},
    {"a |\n| b", "P321@2:1-2 '|' with no command before it"},
    {"a;\n;", "P321@2:1-2 ';' with no command before it"},
    {"> f | a", "ok"},
    {"a >", "P321@1:3-4 redirection '>' has no target"},
    {"a 2>&\nb", "P321@1:4-6 redirection '>&' has no target"},
    {"a < ; b", "P321@1:3-4 redirection '<' has no target"},
    {"a > | b", "P321@1:3-4 redirection '>' has no target"},
    {"a >> f", "ok"},
    {"a <<", "P317@1:3-5 here-document '<<' has no delimiter word"},
    {"a |\n  b", "ok"},
    {"set +e", "P309@1:5-7 'set +e' would switch off a shell option the script relies on"},
    {"set -e +u", "P309@1:8-10 'set +u' would switch off a shell option the script relies on"},
    {"set -- +x", "P309@1:8-10 'set +x' would switch off a shell option the script relies on"},
    {"echo set +e", "ok"},
    {"echo > {a,b}", "P310@1:8-13 brace expansion is bash-only"},
    {"{a,b} x", "P310@1:1-6 brace expansion is bash-only"},
    {"echo {a,b}", "P310@1:6-11 brace expansion is bash-only"},
    {"A={a,b} x", "ok"},
    {"echo {1..3}", "P310@1:6-12 brace expansion is bash-only"},
    {"echo {a..c}", "P310@1:6-12 brace expansion is bash-only"},
    {"echo {a}", "ok"},
    {"echo {a,{b,c}}", "P310@1:6-15 brace expansion is bash-only"},
    {"echo {}", "ok"},
    {"echo x{,}", "P310@1:7-10 brace expansion is bash-only"},
    {"echo {a.b}", "ok"},
    {"echo ${a}", "ok"},
    {"echo ${z}", "ok"},
    {"echo ${A}", "ok"},
    {"echo ${Z}", "ok"},
    {"echo ${_}", "ok"},
    {"echo ${a0}", "ok"},
    {"echo ${a9}", "ok"},
    {"echo ${`}", "P307@1:6-10 parameter expansion '${`}' has an operator"},
    {"echo ${[}", "P307@1:6-10 parameter expansion '${[}' has an operator"},
    {"echo ${@}", "ok"},
    {"echo ${{}", "P307@1:6-8 '${' is never closed"},
    {"echo ${0}", "ok"},
    {"echo ${12}", "ok"},
    {"echo ${:}", "P307@1:6-10 parameter expansion '${:}' has an operator"},
    {"echo ${/}", "P307@1:6-10 parameter expansion '${/}' has an operator"},
    {"echo ${a-x}", "P307@1:6-12 parameter expansion '${a-x}' has an operator"},
    {"echo ${#a}", "P307@1:6-11 parameter expansion '${#a}' has an operator"},
    {"echo ${a", "P307@1:6-8 '${' is never closed"},
    {"echo $a$z$A$Z$_ $@ $* $# $? $$ $! $- $0 $9", "ok"},
    {"\"$(echo x)\" y", "P305@1:2-4 command substitution '$(…)' is not allowed"},
    {"echo \"$((1+2))\"", "P306@1:7-10 arithmetic expansion '$((…))' is not allowed"},
    {
      "echo $(echo \"(\" ')' \\) x) && y",
      "P305@1:6-8 command substitution '$(…)' is not allowed // P303@1:27-29 conditional operator '&&' is not allowed"
    },
    {
      "echo \"`a`\" && y",
      "P305@1:7-8 command substitution with backquotes is not allowed // P303@1:12-14 conditional operator '&&' is not allowed"
    },
    {"cat <<", "P317@1:5-7 here-document '<<' has no delimiter word"},
    {"cat <<EOF\nx\nEOF\ncat <<EOF\ny", "P317@4:5-7 here-document 'EOF' is never ended"},
    {"cat <<EOF <<END\na\nEOF\nb\nEND\neval x", "P309@6:1-5 builtin 'eval' is not allowed"},
    {"cat <<-EOF\n\tx\n\tEOF\neval x", "P309@4:1-5 builtin 'eval' is not allowed"},
    {"cat <<'EOF'\n$(x)\nEOF\neval x", "P309@4:1-5 builtin 'eval' is not allowed"},
    {
      "cat <<EOF\n$(x) `y` \\\\$z $a\nEOF",
      "P305@2:1-3 command substitution '$(…)' is not allowed // P305@2:6-7 command substitution with backquotes is not allowed"
    },
    {"a=(1 2)", "P310@1:1-4 bash array assignment is not allowed"},
    {"a+=(1 2)", "P310@1:1-5 bash array assignment is not allowed"},
    {"1a=(1)", "P302@1:4-5 subshell '(' is not allowed // P302@1:6-7 subshell ')' is not allowed"},
    {
      "\"a\"=(1)",
      "P302@1:5-6 subshell '(' is not allowed // P302@1:7-8 subshell ')' is not allowed"
    },
    {"+=(1)", "P302@1:3-4 subshell '(' is not allowed // P302@1:5-6 subshell ')' is not allowed"},
    {"=(1)", "P302@1:2-3 subshell '(' is not allowed // P302@1:4-5 subshell ')' is not allowed"},
    {"echo 'a\nb' && c", "P303@2:4-6 conditional operator '&&' is not allowed"},
    {"echo \"a\nb\" && c", "P303@2:4-6 conditional operator '&&' is not allowed"},
    {"echo \"a\\\\\nb\" && c", "P303@2:4-6 conditional operator '&&' is not allowed"},
    {"echo a\\\\\nb && c", "P303@2:3-5 conditional operator '&&' is not allowed"},
    {"echo 'abc", "P315@1:6-7 single quote is never closed"},
    {"echo \"abc", "P315@1:6-7 double quote is never closed"},
    {"echo $'x'", "P310@1:6-8 quoting \"$'…'\" is bash-only"},
    {"echo $\"x\"", "P310@1:6-8 quoting '$\"…\"' is bash-only"},
    {
      "echo $/ $: $[ ${ $} $",
      "P306@1:12-14 arithmetic expansion '$[…]' is not allowed (bash reads it as arithmetic)"
    }
  };

  private static final String[][] HOLES = {
    {
      "echo '{{ x:string }}'",
      "P311@1:7-21 hole inside single quotes: its value cannot be escaped there"
    },
    {
      "echo 'a {{ x:string }} b' {{ y:list<path> }}x",
      "P311@1:9-23 hole inside single quotes: its value cannot be escaped there // P313@1:27-45 list hole '{{ y:list<path> }}' is joined to other text in one word"
    },
    {
      "echo \"{{ l:list<path> }}\"",
      "P313@1:7-25 list hole '{{ l:list<path> }}' inside double quotes would become one word"
    },
    {
      "{{ l:list<path> }} x",
      "P313@1:1-19 list hole '{{ l:list<path> }}' cannot be the command name"
    },
    {
      "A={{ l:list<path> }} x",
      "P313@1:3-21 list hole '{{ l:list<path> }}' cannot be the value of an assignment"
    },
    {
      "echo > {{ l:list<path> }}",
      "P313@1:8-26 list hole '{{ l:list<path> }}' cannot be the target of a redirection"
    },
    {
      "echo a{{ l:list<path> }}",
      "P313@1:7-25 list hole '{{ l:list<path> }}' is joined to other text in one word"
    },
    {"echo {{ l:list<path> }}", "ok"},
    {
      "echo {{ l:list<path>? }}b",
      "P313@1:6-25 list hole '{{ l:list<path>? }}' is joined to other text in one word"
    },
    {
      "echo {{ l:list<path> }}{{ m:list<path> }}",
      "P313@1:6-24 list hole '{{ l:list<path> }}' is joined to other text in one word // P313@1:24-42 list hole '{{ m:list<path> }}' is joined to other text in one word"
    },
    {
      "cat <<EOF\n{{ l:list<path> }}\nEOF",
      "P313@2:1-19 list hole '{{ l:list<path> }}' in a here-document must be a whole argument"
    },
    {
      "cat <<'EOF'\n{{ l:list<path> }}\nEOF",
      "P313@2:1-19 list hole '{{ l:list<path> }}' in a here-document must be a whole argument"
    },
    {
      "echo # {{ l:list<name> }}",
      "P313@1:8-26 list hole '{{ l:list<name> }}' in a comment must be a whole argument"
    },
    {
      "echo {{ n:int }}>f",
      "P313@1:6-17 hole '{{ n:int }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {
      "echo {{ n:int }}<f",
      "P313@1:6-17 hole '{{ n:int }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {"echo {{ n:mac }}>f", "ok"},
    {"echo {{ n:ipv4 }}>f", "ok"},
    {
      "echo {{ n:size }}>f",
      "P313@1:6-18 hole '{{ n:size }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {"echo {{ n:bool }}>f", "ok"},
    {
      "echo {{ n:name }}>f",
      "P313@1:6-18 hole '{{ n:name }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {
      "echo {{ n:path }}>f",
      "P313@1:6-18 hole '{{ n:path }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {"echo {{ n:a|b }}>f", "ok"},
    {
      "echo {{ n:list<int> }}>f",
      "P313@1:6-23 hole '{{ n:list<int> }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {
      "echo {{ n:int? }}>f",
      "P313@1:6-18 hole '{{ n:int? }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {"echo {{ n:list<mac> }}>f", "ok"},
    {
      "echo 1{{ n:int }}>f",
      "P313@1:7-18 hole '{{ n:int }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {
      "echo {{ n:int }}2>f",
      "P313@1:6-17 hole '{{ n:int }}' right before a redirection: a value of digits would become its file descriptor ('2>')"
    },
    {"echo a{{ n:int }}>f", "ok"},
    {"echo \"{{ n:int }}\">f", "ok"},
    {"echo {{ n:int }} >f", "ok"},
    {"echo {{ n:int }}|f", "ok"},
    {
      "echo # {{ s:secret }}",
      "P318@1:8-22 secret '{{ s:secret }}' in a comment would never be expanded by the shell"
    },
    {
      "echo # {{ s:secret? }}",
      "P318@1:8-23 secret '{{ s:secret? }}' in a comment would never be expanded by the shell"
    },
    {
      "cat <<'EOF'\n{{ s:secret }}\nEOF",
      "P318@2:1-15 secret '{{ s:secret }}' in a quoted here-document would never be expanded by the shell"
    },
    {"cat <<EOF\n{{ s:secret }}\nEOF", "ok"},
    {"echo \"{{ s:secret }}\"", "ok"},
    {
      "echo # {{ s:string }}",
      "P312@1:8-22 hole '{{ s:string }}' of type 'string' in a comment could end the comment with a newline"
    },
    {
      "echo # {{ s:list<string> }}",
      "P312@1:8-28 hole '{{ s:list<string> }}' of type 'list<string>' in a comment could end the comment with a newline"
    },
    {"echo # {{ s:name? }}", "ok"},
    {"echo # {{ s:a|b }}", "ok"},
    {"echo # {{ s:error }}", "ok"},
    {"echo # {{ s:path }} {{ t:int }} {{ u:size }} {{ v:bool }} {{ w:mac }} {{ z:ipv4 }}", "ok"},
    {
      "echo # {{ s:string? }}",
      "P312@1:8-23 hole '{{ s:string? }}' of type 'string?' in a comment could end the comment with a newline"
    },
    {
      "echo ${x{{ y:string }}}",
      "P307@1:6-24 a hole inside '${…}' would choose the variable at compile time"
    },
    {"echo ${x:-{{ y:string }}}", "P307@1:6-26 parameter expansion '${x:-}' has an operator"},
    {
      "echo ${{ x:string }}",
      "P310@1:6-21 a '$' directly before a hole would read the value as a variable name or as bash quoting"
    },
    {
      "echo \"${{ x:string }}\"",
      "P310@1:7-22 a '$' directly before a hole would read the value as a variable name or as bash quoting"
    },
    {
      "echo \\{{ x:string }}",
      "P313@1:6-21 a backslash directly before a hole would escape the value's first character"
    },
    {
      "echo \"\\{{ x:string }}\"",
      "P313@1:7-22 a backslash directly before a hole would escape the value's first character"
    },
    {
      "cat <<EOF\n\\{{ x:string }}\nEOF",
      "P313@2:1-16 a backslash directly before a hole would escape the value's first character"
    },
    {
      "cat <<{{ x:string }}\nx",
      "P313@1:7-21 a hole in a here-document delimiter: the delimiter must be literal"
    },
    {
      "cat <<EOF{{ x:string }}\nx\nEOF",
      "P313@1:10-24 a hole in a here-document delimiter: the delimiter must be literal"
    },
    {
      "A{{ x:string }}=1 cmd",
      "P313@1:2-16 a hole in the name of an assignment would let a value choose the variable"
    },
    {
      "{{ x:string }}=1 cmd",
      "P313@1:1-15 a hole in the name of an assignment would let a value choose the variable"
    },
    {"echo $(echo {{ l:list<path> }})", "P305@1:6-8 command substitution '$(…)' is not allowed"},
    {"echo \"$(echo '{{ x:string }}')\"", "P305@1:7-9 command substitution '$(…)' is not allowed"},
    {
      "echo `echo {{ l:list<path> }}`",
      "P305@1:6-7 command substitution with backquotes is not allowed"
    },
    {"echo $((1 + {{ n:int }}))", "P306@1:6-9 arithmetic expansion '$((…))' is not allowed"},
    {
      "echo '{{ x:string }}",
      "P315@1:6-7 single quote is never closed // P311@1:7-21 hole inside single quotes: its value cannot be escaped there"
    },
    {
      "echo a{{ l:list<path> }}\na && b",
      "P313@1:7-25 list hole '{{ l:list<path> }}' is joined to other text in one word // P303@2:3-5 conditional operator '&&' is not allowed"
    }
  };

  static Stream<Arguments> commands() {
    return Stream.of(COMMANDS).map(r -> Arguments.of(r[0], r[1]));
  }

  static Stream<Arguments> holes() {
    return Stream.of(HOLES).map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void commands(String text, String expected) {
    assertEquals(expected, diagnostics(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void holes(String text, String expected) {
    assertEquals(expected, diagnostics(text));
  }

  private static String diagnostics(String text) {
    List<String> found = new ArrayList<>();
    for (Diagnostic d : Fixture.of(text).all()) {
      found.add(
          d.code()
              + "@"
              + d.span().line()
              + ":"
              + d.span().column()
              + "-"
              + d.span().endColumn()
              + " "
              + d.message());
    }
    return found.isEmpty() ? "ok" : String.join(" // ", found);
  }
}
