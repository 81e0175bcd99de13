package dev.plumb.robust;

import java.util.List;

/**
 * The tokens of the template language, its manifest and the shell, for random sequences and
 * insertions.
 */
final class Vocabulary {
  /** A manifest that declares one variable of each kind, for templates made of random tokens. */
  static final String MANIFEST =
      """
      pack fuzz "fuzzing pack"
      axis host = linux | freebsd
      axis hv   = bhyve | qemu
      operation run, stop
      type nic = { tap: name, mac: mac }
      var s    : string = "a b"
      var n    : int 0..100 = 3
      var z    : size = 1G
      var b    : bool = true
      var p    : path = "/vm/x"
      var nm   : name = "web1"
      var l    : list<int> = [1, 2, 3]
      var ls   : list<string> = ["a", "b"]
      var nics : list<nic> = []
      var o    : string?
      var e    : red | green = red
      var sec  : secret?
      """;

  /** A fragment the random templates may include. */
  static final String FRAGMENT =
      """
      %fragment f(x: int, t: string)
      echo {{ x }} "{{ t }}"
      """;

  static final List<String> DIRECTIVES =
      List.of(
          "%template run",
          "%template run when host = linux",
          "%template stop when hv = qemu",
          "%if",
          "%elif",
          "%else",
          "%end",
          "%each",
          "%let",
          "%require",
          "%block",
          "%extends run",
          "%extends run when host = linux",
          "%super",
          "%include f(1, \"a\")",
          "%include f",
          "%include g()",
          "%fragment",
          "%unsupported \"no\"",
          "%#",
          "%%",
          "%");

  static final List<String> TOKENS =
      List.of(
          "{{",
          "}}",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          ",",
          ".",
          ":",
          "=",
          "|",
          "+",
          "-",
          "*",
          "==",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "..",
          "?",
          "in",
          "not",
          "and",
          "or",
          "else",
          "when",
          "true",
          "false",
          "0",
          "1",
          "-1",
          "9223372036854775807",
          "99999999999999999999",
          "2G",
          "0K",
          "64M",
          "1T",
          "\"\"",
          "\"x\"",
          "\"a\\nb\"",
          "\"\\q\"",
          "\"unclosed",
          "s",
          "n",
          "z",
          "b",
          "p",
          "nm",
          "l",
          "ls",
          "nics",
          "o",
          "e",
          "sec",
          "host",
          "hv",
          "linux",
          "red",
          "x",
          "i",
          "len",
          "join",
          "str",
          "present",
          "default",
          "commas",
          "basename",
          "mib",
          "list<",
          ">",
          "int",
          "string",
          "path",
          "var",
          "type",
          "axis",
          "operation",
          "pack",
          "nic",
          "echo",
          "cat",
          "<<EOF",
          "<<'EOF'",
          "<<-EOF",
          "EOF",
          "|",
          "||",
          "&&",
          "&",
          ";",
          ";;",
          "$(",
          "`",
          "'",
          "\"",
          "\\",
          "$x",
          "${x}",
          "${x:-y}",
          "$((",
          "#",
          "!",
          "<(",
          "eval",
          "set",
          "+e",
          "./run",
          "/bin/sh",
          " ",
          "  ",
          "\t",
          "\r",
          "\u00e9",
          "\ud83d\ude00",
          "\u0000",
          "\ufeff");

  private Vocabulary() {}
}
