package dev.plumb.editor;

import java.util.Map;

/** The built-in functions as hover shows them: signature and result (docs/language.md §2.2). */
final class Functions {
  private Functions() {}

  static final Map<String, String> SIGNATURES =
      Map.ofEntries(
          Map.entry(
              "len", "len(x: list or text) -> int: the list's elements, or the text's characters"),
          Map.entry("bytes", "bytes(s: size) -> int: the size in bytes"),
          Map.entry("kib", "kib(s: size) -> int: the size in KiB (P508 unless whole)"),
          Map.entry("mib", "mib(s: size) -> int: the size in MiB (P508 unless whole)"),
          Map.entry("gib", "gib(s: size) -> int: the size in GiB (P508 unless whole)"),
          Map.entry("join", "join(list: list of scalars, sep: text) -> string"),
          Map.entry("str", "str(x: scalar, not a secret) -> string"),
          Map.entry("replace", "replace(s: text, old: text, new: text) -> string"),
          Map.entry("lower", "lower(s: text) -> string"),
          Map.entry("upper", "upper(s: text) -> string"),
          Map.entry("trim", "trim(s: text) -> string: without blanks at either end"),
          Map.entry("contains", "contains(s: text, part: text) -> bool"),
          Map.entry("basename", "basename(p: text) -> path for a path, else string"),
          Map.entry("dirname", "dirname(p: text) -> path for a path, else string"),
          Map.entry("commas", "commas(x: text) -> x with every comma doubled (QEMU option values)"),
          Map.entry(
              "shquote",
              "shquote(x: scalar, not a secret) -> string: one single-quoted shell word"),
          Map.entry("present", "present(x: T?) -> bool: whether x is given"),
          Map.entry("default", "default(x: T?, v: T) -> T: x when present, else v"));
}
