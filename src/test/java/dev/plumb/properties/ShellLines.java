package dev.plumb.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile template text lines (no holes): each construct of docs/language.md §3.1 spelled the ways
 * shells accept it, and harmless look-alikes, in command position after various prefixes (bash-only
 * spellings such as {@code {a,b}}, {@code $'x'} or the keyword {@code time}, P310, are not here:
 * shfmt's POSIX parser reads them as plain text, so it cannot judge them).
 */
final class ShellLines {
  /** Constructs a straight-line script may not hold. */
  static final List<String> FORBIDDEN =
      List.of(
          "if true; then echo a; fi",
          "if true\nthen echo a\nfi",
          "i\\\nf true; then :; fi",
          "for x in a b; do echo $x; done",
          "while false; do echo a; done",
          "until true; do :; done",
          "select x in a; do :; done",
          "case a in a) echo a;; esac",
          "{ echo a; }",
          "(echo a)",
          "f() { echo a; }",
          "echo a && echo b",
          "echo a || echo b",
          "echo a &&\necho b",
          "! echo a",
          "echo a &",
          "echo a & echo b",
          "echo $(id)",
          "echo `id`",
          "echo \"$(id)\"",
          "echo \"x`id`\"",
          "echo $((1 + 2))",
          "echo ${x:-y}",
          "echo ${x:=y}",
          "echo ${x#y}",
          "echo \"${x%y}\"",
          "echo ${#x}",
          "echo ${x+y}",
          "echo ${x?}",
          "cat <(echo a)",
          "eval echo a",
          ". ./lib.sh",
          "source ./lib.sh",
          "trap 'echo a' EXIT",
          "set +e",
          "set -e +u",
          "set +o errexit",
          "set -- +x",
          "[[ -n x ]]",
          "cat <<EOF\n$(id)\nEOF",
          "cat <<EOF\nx ${x:-y}\nEOF",
          "cat <<EOF\n`id`\nEOF",
          "command eval echo a",
          "command -p eval echo a",
          "builtin eval echo a",
          "command . ./lib.sh",
          "command trap 'echo a' EXIT",
          "command set +e",
          "command -p -- eval echo a",
          "exec eval echo a",
          "alias ll='ls -l'",
          "fc -s",
          "let x=1",
          "coproc cat",
          "declare x=1",
          "typeset -i x=1",
          "mapfile x",
          "shopt -s nullglob",
          "enable -f ./x.so x",
          "echo $[1+2]",
          "a[1]=x",
          "a[1]+=x echo");

  /** Quoted spellings of the forbidden builtins: the shell still runs the builtin. */
  static final List<String> QUOTED_BUILTINS =
      List.of(
          "\\eval echo a",
          "\"eval\" echo a",
          "e'v'al echo a",
          "'trap' 'echo a' EXIT",
          "\\. ./lib.sh",
          "\"source\" ./lib.sh",
          "\\set +e",
          "'set' +e",
          "'command' eval echo a",
          "\\command e\\val echo a",
          "command \"eval\" echo a");

  /** Text that looks like a forbidden construct but is a plain command. */
  static final List<String> HARMLESS =
      List.of(
          "echo if then fi",
          "echo 'if'",
          "echo \"for x in a\"",
          "echo '$(id)'",
          "echo \"\\$(id)\"",
          "echo '`id`'",
          "echo \\`id\\`",
          "echo a # && b $(c) `d`",
          "echo a\\&\\&b",
          "echo \\&",
          "echo a 2>&1",
          "echo a >&2",
          "echo ${x}",
          "echo $x",
          "echo \"${HOME}\"",
          "echo $# $? $$",
          "echo ${#}",
          "echo eval source . trap",
          "echo set +e",
          "set -e",
          "set -eu",
          "set -o errexit",
          "echo !",
          "echo a!b",
          "echo {}",
          "echo '{ }'",
          "echo \\( x \\)",
          "echo '<(x)'",
          "echo a=b",
          "export A=1",
          "echo alias let coproc declare",
          "echo '$[1]'",
          "echo \\$[1]",
          "exec ls",
          "echo a[1]=x",
          "A=1",
          "echo x#y",
          "echo 'a;b'",
          "echo \"a|b\"",
          "echo a|cat",
          "printf '%s\\n' a",
          "echo ~",
          "echo *",
          "echo '((1+2))'",
          "echo \"${x}y\"",
          "evalx a",
          "./eval a",
          "/bin/trap",
          "echo done",
          ":",
          "echo \\;\\;",
          "echo '!' x",
          "echo 'a && b' \"c || d\"",
          "cat <<'EOF'\n$(id) `x` ${x:-y}\nEOF",
          "cat <<EOF\n\\$(id) if then\nEOF",
          "echo a \\\n  b",
          "echo 'a\\'",
          "echo \"a'b\"",
          "echo a\\\"b",
          "echo a\\'b",
          "echo a # a comment ends at its line, backslash or not \\",
          "command ls -l",
          "command -p ls",
          "echo command eval",
          "echo time",
          "echo a |\ncat",
          "echo a | # then\ncat",
          ">/dev/null",
          "echo a ;");

  /** Incomplete commands that no shell parses. */
  static final List<String> INCOMPLETE =
      List.of(";", "echo a |", "| echo a", "echo a ; ;", "echo a >", "echo a <", "echo a >&", "2>");

  static final List<String> PREFIXES =
      List.of(
          "",
          "  ",
          "\t",
          "echo a; ",
          "echo a;",
          "echo a;\\\n",
          "echo a | ",
          "echo a |",
          "echo a |\\\n  ",
          "A=1 ",
          "A=1 B=2 ",
          ">/dev/null ",
          "echo a\n");
  static final List<String> SUFFIXES =
      List.of(
          "",
          "",
          " # tail && $(x)",
          " 2>&1",
          " >/dev/null",
          " | cat",
          "; echo z",
          ";",
          " \\\n  x",
          "\necho z");

  private ShellLines() {}

  private static final List<String> SEPARATORS = List.of("; ", " | ", "\n", ";\\\n", " |\\\n  ");

  /** One unit of template text (a line, or a few joined by continuations or here-documents). */
  static Arbitrary<String> lines(List<String> cores) {
    return Combinators.combine(
            Arbitraries.of(PREFIXES), Arbitraries.of(cores), Arbitraries.of(SUFFIXES))
        .as((p, c, s) -> p + c + s);
  }

  /** Two or three of {@code cores} joined by separators that keep each in command position. */
  static Arbitrary<String> joined(List<String> cores) {
    return Combinators.combine(
            Arbitraries.of(cores).list().ofMinSize(2).ofMaxSize(3),
            Arbitraries.of(SEPARATORS).list().ofMinSize(2).ofMaxSize(2))
        .as(
            (parts, seps) -> {
              StringBuilder out = new StringBuilder(parts.get(0));
              for (int i = 1; i < parts.size(); i++) {
                out.append(seps.get(i - 1)).append(parts.get(i));
              }
              return out.toString();
            });
  }
}
