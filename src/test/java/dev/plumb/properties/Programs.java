package dev.plumb.properties;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates well-typed templates for the property pack ({@link #MANIFEST}) using every
 * directive: nested {@code %if}/{@code %elif}/{@code %else}, {@code %each} with and
 * without index, {@code %let}, {@code %require}, continued commands and here-documents.
 */
final class Programs {
  static final String MANIFEST = """
      pack props "property test pack"
      axis host = freebsd | linux
      operation run
      var s  : string
      var p  : path
      var n  : int 0..100
      var z  : size
      var b  : bool
      var e  : red | green | blue
      var ps : list<path>
      var ss : list<string>
      var o  : path?
      """;

  private static final List<String> ARGS = List.of(
      "-x", "a.b", "'single quoted'", "\"double $HOME\"", "{{ s }}", "{{ p }}", "{{ n }}", "{{ z }}",
      "{{ b }}", "{{ e }}", "{{ ps }}", "\"{{ s }}\"", "x{{ s }}y", "\"pre {{ p }} post\"",
      "{{ join(ss, \",\") }}", "{{ str(n + 1) }}", "--size={{ z }}", "\"{{ join(ps, \" \") }}\"");

  private static final List<String> CONDITIONS = List.of(
      "b", "n > 50", "e == red", "host == linux", "len(ps) > 1", "not b and n <= 3", "e in [green, blue]");

  private Programs() {}

  static Arbitrary<String> templates() {
    return body(3).map(lines -> "%template run\n" + String.join("\n", lines) + "\n");
  }

  private static Arbitrary<List<String>> body(int depth) {
    return statement(depth).list().ofMinSize(1).ofMaxSize(5)
        .map(blocks -> {
          List<String> all = new ArrayList<>();
          blocks.forEach(all::addAll);
          return all;
        });
  }

  private static Arbitrary<List<String>> statement(int depth) {
    List<Arbitrary<List<String>>> choices = new ArrayList<>(List.of(command(), continued(), heredoc(), let()));
    if (depth > 0) {
      choices.add(ifBlock(depth - 1));
      choices.add(each(depth - 1));
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<String> words() {
    return Arbitraries.of(ARGS).list().ofMinSize(0).ofMaxSize(4).map(w -> String.join(" ", w));
  }

  private static Arbitrary<List<String>> command() {
    Arbitrary<String> name = Arbitraries.of("echo", "printf '%s\\n'", "stub", "true");
    Arbitrary<String> tail = Arbitraries.of("", " | tr a b", " > {{ p }}", " 2>&1 | cat", " >> /tmp/log");
    return Combinators.combine(name, words(), tail).as((n, w, t) -> List.of(n + " " + w + t));
  }

  private static Arbitrary<List<String>> continued() {
    return words().map(w -> List.of(
        "stub " + w + " \\", "%each x in ps", "  -d {{ x }} \\", "%end", "  end"));
  }

  private static Arbitrary<List<String>> heredoc() {
    return Arbitraries.of("<<PLUMB_END", "<<'PLUMB_END'").map(op -> List.of(
        "cat " + op, "s={{ s }}", "%each x in ss", "x={{ x }}", "%end", "PLUMB_END"));
  }

  private static Arbitrary<List<String>> let() {
    return Arbitraries.of(
        List.of("%if true", "%let t = s + \"!\"", "echo {{ t }}", "%end"),
        List.of("%require n >= 0 else \"never fails\""),
        List.of("%if present(o)", "echo {{ o }}", "%end"));
  }

  private static Arbitrary<List<String>> ifBlock(int depth) {
    return Combinators.combine(Arbitraries.of(CONDITIONS), body(depth), body(depth), Arbitraries.integers().between(0, 2))
        .as((c, yes, no, form) -> {
          List<String> lines = new ArrayList<>();
          lines.add("%if " + c);
          lines.addAll(yes);
          if (form >= 1) {
            lines.add("%elif n == 7");
            lines.add("echo seven");
          }
          if (form == 2) {
            lines.add("%else");
            lines.addAll(no);
          }
          lines.add("%end");
          return lines;
        });
  }

  private static Arbitrary<List<String>> each(int depth) {
    return Combinators.combine(Arbitraries.of("%each x in ps", "%each y, i in ss"), body(depth))
        .as((head, inner) -> {
          List<String> lines = new ArrayList<>();
          lines.add(head);
          lines.addAll(inner);
          lines.add("%end");
          return lines;
        });
  }
}
