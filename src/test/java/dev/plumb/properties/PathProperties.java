package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.ScriptLine;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A value typed {@code path} keeps the promise of its type whatever built-ins made it: random
 * expressions of path type (basename, dirname, commas, '+' with literals and paths, default(), list
 * indexes, nested), over random valid paths full of '-' components, commas and slashes, are given
 * to a fragment parameter declared {@code path} (so the checker types them path, or the pack would
 * not load), and every value the compile writes is non-empty, does not start with '-', and holds no
 * NUL, line feed or carriage return.
 */
class PathProperties {
  private static final String MANIFEST =
      """
      pack paths "path properties"
      axis host = linux
      operation run
      var p0 : path
      var p1 : path
      var o  : path?
      var l  : list<path>
      """;

  /** One fragment writes its path parameter as the only argument of ':'. */
  private static final String SHOW = "%fragment show(p: path)\n: {{ p }}\n";

  /** Paths built from components chosen to meet the edge cases: '-' first, commas, dots, '//'. */
  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> component =
        Arbitraries.of(
            "-rf", "-", "--x", "a", "web1", "disk 0.img", ",", "a,b", "-,", "é", ".", "..", "");
    return Combinators.combine(
            Arbitraries.of("/", ""),
            component.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of("", "/", "//"))
        .as((lead, parts, tail) -> lead + String.join("/", parts) + tail)
        .filter(PathProperties::valid);
  }

  /** A path-typed expression over p0, p1, o and l, at most {@code depth} calls deep. */
  private static Arbitrary<String> expression(int depth) {
    Arbitrary<String> leaf = Arbitraries.of("p0", "p1", "l[0]", "default(o, p1)");
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> inner = expression(depth - 1);
    Arbitrary<String> literal = Arbitraries.of("", "-x", "/-y", ",", ".img", "/", " -");
    return Arbitraries.oneOf(
        leaf,
        inner.map(e -> "basename(" + e + ")"),
        inner.map(e -> "dirname(" + e + ")"),
        inner.map(e -> "commas(" + e + ")"),
        Combinators.combine(inner, literal).as((e, lit) -> e + " + \"" + lit + "\""),
        Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") + (" + b + ")"),
        inner.map(e -> "default(o, " + e + ")"));
  }

  @Provide
  Arbitrary<List<String>> expressions() {
    return expression(3).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property
  void everyPathValueKeepsThePathRules(
      @ForAll("expressions") List<String> expressions,
      @ForAll("paths") String p0,
      @ForAll("paths") String p1,
      @ForAll("paths") String element,
      @ForAll boolean present) {
    StringBuilder template = new StringBuilder("%template run\n");
    for (String e : expressions) {
      template.append("%include show(").append(e).append(")\n");
    }
    Pack pack =
        TestPack.load(
            Map.of("pack.plumb", MANIFEST, "run.plumb", template.toString(), "show.plumb", SHOW));
    Map<String, Object> values = new HashMap<>();
    values.put("p0", p0);
    values.put("p1", p1);
    values.put("l", List.of(element));
    values.put("o", present ? element : null);
    List<String> written = new ArrayList<>();
    for (ScriptLine line :
        pack.compile("run", Cell.of("host", "linux"), Values.of(values)).lines()) {
      if (line.origin() != null) {
        written.add(unquote(line.text().substring(2)));
      }
    }
    assertEquals(expressions.size(), written.size(), written::toString);
    for (int i = 0; i < written.size(); i++) {
      String value = written.get(i);
      int at = i;
      assertTrue(
          valid(value),
          () -> expressions.get(at) + " gave '" + value + "', not a path, with " + values);
    }
  }

  /** The path rules, written here independently of plumb's. */
  private static boolean valid(String path) {
    return !path.isEmpty()
        && !path.startsWith("-")
        && path.indexOf('\n') < 0
        && path.indexOf('\r') < 0
        && path.indexOf('\0') < 0;
  }

  /** One shell word as plumb writes a path: bare, or in single quotes with {@code '\''}. */
  private static String unquote(String word) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'') {
        int end = word.indexOf('\'', i + 1);
        out.append(word, i + 1, end);
        i = end;
      } else if (c == '\\') {
        out.append(word.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
