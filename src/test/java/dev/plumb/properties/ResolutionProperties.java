package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.Matrix;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For generated packs (random axes, random {@code when} clauses, random axis-only {@code
 * %unsupported}s), the resolver's choice for every cell equals a brute-force oracle written here
 * independently: the admitting template that constrains the most axes, and an error for the whole
 * pack on a tie, naming a cell where the two templates tie; and each unsupported cell names the
 * supported cell the oracle finds nearest. Loading finds ties and compiling the nearest cell
 * without walking the cells: the oracle walks them.
 */
class ResolutionProperties {

  /**
   * A generated pack's layout: axis sizes, and per template, the values it admits per constrained
   * axis and the cells it leaves unsupported ({@code %if xA == vB} around an {@code %unsupported};
   * an empty map for none).
   */
  record Layout(
      List<Integer> axes,
      List<Map<Integer, Set<Integer>>> templates,
      List<Map<Integer, Integer>> unsupported) {}

  @Provide
  Arbitrary<Layout> packs() {
    Arbitrary<List<Integer>> axes =
        Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(4);
    return axes.flatMap(
        sizes ->
            template(sizes)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .flatMap(
                    templates ->
                        unsupported(sizes)
                            .list()
                            .ofSize(templates.size())
                            .map(refusals -> new Layout(sizes, templates, refusals))));
  }

  /** No refusal (most often), or one axis = value that makes the template refuse the cell. */
  private static Arbitrary<Map<Integer, Integer>> unsupported(List<Integer> sizes) {
    Arbitrary<Map<Integer, Integer>> one =
        Arbitraries.integers()
            .between(0, sizes.size() - 1)
            .flatMap(
                a -> Arbitraries.integers().between(0, sizes.get(a) - 1).map(v -> Map.of(a, v)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Map.of())), net.jqwik.api.Tuple.of(1, one));
  }

  private static Arbitrary<Map<Integer, Set<Integer>>> template(List<Integer> sizes) {
    List<Arbitrary<Set<Integer>>> perAxis = new ArrayList<>();
    for (int size : sizes) {
      // an empty set means "this axis is not constrained"
      perAxis.add(Arbitraries.integers().between(0, size - 1).set().ofMaxSize(size));
    }
    return Combinators.combine(perAxis)
        .as(
            sets -> {
              Map<Integer, Set<Integer>> when = new TreeMap<>();
              for (int a = 0; a < sets.size(); a++) {
                if (!sets.get(a).isEmpty()) {
                  when.put(a, new TreeSet<>(sets.get(a)));
                }
              }
              return when;
            });
  }

  @Property
  void resolutionMatchesTheOracle(@ForAll("packs") Layout gen) throws Exception {
    try (TestPack dir = TestPack.temporary(TestPack.utf8(files(gen)))) {
      List<Map<Integer, Integer>> cells = cells(gen.axes());
      boolean duplicate = new HashSet<>(gen.templates()).size() < gen.templates().size();
      boolean tie = cells.stream().anyMatch(cell -> oracle(gen, cell) == TIE);
      Pack pack;
      try {
        pack = dir.load();
      } catch (PlumbException e) {
        assertTrue(tie || duplicate, "the pack was refused without a tie: " + e.diagnostics());
        Code expected = duplicate ? Code.P406 : Code.P403;
        assertTrue(
            e.diagnostics().stream().allMatch(d -> d.code() == Code.P403 || d.code() == Code.P406),
            e.diagnostics().toString());
        assertTrue(
            e.diagnostics().stream().anyMatch(d -> d.code() == expected),
            e.diagnostics().toString());
        for (var d : e.diagnostics()) {
          if (d.code() == Code.P403) {
            assertTiesAt(gen, d.span().path(), d.message());
          }
        }
        return;
      }
      if (tie || duplicate) {
        fail("a pack with a tie was loaded: " + gen);
      }
      Matrix matrix = pack.matrix();
      for (Matrix.Entry entry : matrix.entries()) {
        Map<Integer, Integer> cell = new LinkedHashMap<>();
        entry
            .cell()
            .values()
            .forEach(
                (axis, value) ->
                    cell.put(
                        Integer.parseInt(axis.substring(1)), Integer.parseInt(value.substring(1))));
        int winner = oracle(gen, cell);
        if (winner == NONE) {
          assertEquals(List.of(), entry.templates(), "cell " + cell);
          assertTrue(!entry.supported());
        } else {
          assertEquals(
              List.of("t" + winner + ".plumb"), entry.templates(), "cell " + cell + " of " + gen);
          assertEquals(supported(gen, cell), entry.supported(), "cell " + cell + " of " + gen);
        }
        if (!entry.supported()) {
          assertNearest(gen, pack, entry.cell(), cell);
        }
      }
    }
  }

  /**
   * A P403 of {@code path} ("this template and pack/tJ.plumb:1:1 both serve 'run' for x0=v1 …")
   * names the first cell, in matrix order, where the two templates are both admitted and nothing
   * more specific is.
   */
  private static void assertTiesAt(Layout gen, String path, String message) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "and pack/t(\\d+)\\.plumb:1:1 both serve 'run' for (.*), each")
            .matcher(message);
    assertTrue(m.find(), message);
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(path.replaceAll(".*/t(\\d+)\\.plumb", "$1"));
    String firstTie = null;
    for (Map<Integer, Integer> cell : cells(gen.axes())) {
      int top = -1;
      for (int t = 0; t < gen.templates().size(); t++) {
        if (admits(gen, t, cell)) {
          top = Math.max(top, gen.templates().get(t).size());
        }
      }
      if (admits(gen, first, cell)
          && admits(gen, second, cell)
          && gen.templates().get(first).size() == top
          && gen.templates().get(second).size() == top) {
        firstTie = shown(cell);
        break;
      }
    }
    assertEquals(firstTie, m.group(2), message + " of " + gen);
  }

  /** {@code x0=v1 x1=v0}, as plumb shows a cell. */
  private static String shown(Map<Integer, Integer> cell) {
    StringBuilder shown = new StringBuilder();
    cell.forEach((a, v) -> shown.append(shown.length() == 0 ? "" : " ").append("x" + a + "=v" + v));
    return shown.toString();
  }

  private static boolean admits(Layout gen, int t, Map<Integer, Integer> cell) {
    return gen.templates().get(t).entrySet().stream()
        .allMatch(e -> e.getValue().contains(cell.get(e.getKey())));
  }

  private static boolean supported(Layout gen, Map<Integer, Integer> cell) {
    int winner = oracle(gen, cell);
    return winner >= 0
        && gen.unsupported().get(winner).entrySet().stream()
            .noneMatch(e -> cell.get(e.getKey()).equals(e.getValue()));
  }

  /**
   * Compiling an unsupported cell names, as the nearest supported one, the brute-force answer: the
   * fewest axes changed, then the first in matrix order; or says that none is supported.
   */
  private static void assertNearest(
      Layout gen, Pack pack, dev.plumb.Cell asked, Map<Integer, Integer> cell) {
    Map<Integer, Integer> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map<Integer, Integer> other : cells(gen.axes())) {
      int distance = 0;
      for (int a : cell.keySet()) {
        distance += cell.get(a).equals(other.get(a)) ? 0 : 1;
      }
      if (distance < bestDistance && supported(gen, other)) {
        best = other;
        bestDistance = distance;
      }
    }
    String hint;
    try {
      pack.compile("run", asked, dev.plumb.Values.none());
      fail("an unsupported cell compiled: " + cell + " of " + gen);
      return;
    } catch (PlumbException e) {
      assertEquals(Code.P404, e.diagnostics().get(0).code(), e.diagnostics().toString());
      hint = e.diagnostics().get(0).hint();
    }
    if (best == null) {
      assertEquals("no cell of 'run' is supported", hint, gen.toString());
    } else {
      StringBuilder shown = new StringBuilder();
      best.forEach(
          (a, v) -> shown.append(shown.length() == 0 ? "" : " ").append("x" + a + "=v" + v));
      assertEquals("the nearest supported cell is " + shown, hint, cell + " of " + gen);
    }
  }

  private static final int NONE = -1;
  private static final int TIE = -2;

  /** The brute-force answer: the index of the winning template, NONE or TIE. */
  private static int oracle(Layout gen, Map<Integer, Integer> cell) {
    int best = NONE;
    int bestCount = -1;
    boolean tied = false;
    for (int t = 0; t < gen.templates().size(); t++) {
      Map<Integer, Set<Integer>> when = gen.templates().get(t);
      boolean admits = true;
      for (Map.Entry<Integer, Set<Integer>> e : when.entrySet()) {
        admits &= e.getValue().contains(cell.get(e.getKey()));
      }
      if (!admits) {
        continue;
      }
      if (when.size() > bestCount) {
        best = t;
        bestCount = when.size();
        tied = false;
      } else if (when.size() == bestCount) {
        tied = true;
      }
    }
    return tied ? TIE : best;
  }

  private static List<Map<Integer, Integer>> cells(List<Integer> sizes) {
    List<Map<Integer, Integer>> cells = new ArrayList<>();
    cells.add(new LinkedHashMap<>());
    for (int a = 0; a < sizes.size(); a++) {
      List<Map<Integer, Integer>> next = new ArrayList<>();
      for (Map<Integer, Integer> cell : cells) {
        for (int v = 0; v < sizes.get(a); v++) {
          Map<Integer, Integer> extended = new LinkedHashMap<>(cell);
          extended.put(a, v);
          next.add(extended);
        }
      }
      cells = next;
    }
    return cells;
  }

  /** The pack's files: a manifest with the axes, and a template {@code tN.plumb} per template. */
  private static Map<String, String> files(Layout gen) {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder manifest = new StringBuilder("pack gen\noperation run\n");
    for (int a = 0; a < gen.axes().size(); a++) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < gen.axes().get(a); v++) {
        values.add("v" + v);
      }
      manifest
          .append("axis x")
          .append(a)
          .append(" = ")
          .append(String.join(" | ", values))
          .append('\n');
    }
    files.put("pack.plumb", manifest.toString());
    for (int t = 0; t < gen.templates().size(); t++) {
      List<String> choices = new ArrayList<>();
      gen.templates()
          .get(t)
          .forEach(
              (axis, values) ->
                  choices.add(
                      "x"
                          + axis
                          + " = "
                          + String.join(" | ", values.stream().map(v -> "v" + v).toList())));
      String header =
          "%template run" + (choices.isEmpty() ? "" : " when " + String.join(", ", choices));
      StringBuilder refusal = new StringBuilder();
      gen.unsupported()
          .get(t)
          .forEach(
              (axis, value) ->
                  refusal.append(
                      "%if x" + axis + " == v" + value + "\n%unsupported \"refused\"\n%end\n"));
      files.put("t" + t + ".plumb", header + "\n" + refusal + "echo t" + t + "\n");
    }
    return files;
  }
}
