package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.Matrix;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * For generated packs (random axes, random {@code when} clauses), the resolver's choice for every
 * cell equals a brute-force oracle written here independently: the admitting template that
 * constrains the most axes, and an error for the whole pack on a tie.
 */
class ResolutionProperties {

  /** A generated pack: axis sizes, and per template, the values it admits per constrained axis. */
  record GenPack(List<Integer> axes, List<Map<Integer, Set<Integer>>> templates) {}

  @Provide
  Arbitrary<GenPack> packs() {
    Arbitrary<List<Integer>> axes =
        Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(3);
    return axes.flatMap(
        sizes ->
            template(sizes)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(templates -> new GenPack(sizes, templates)));
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
  void resolutionMatchesTheOracle(@ForAll("packs") GenPack gen) throws Exception {
    Path dir = write(gen);
    try {
      List<Map<Integer, Integer>> cells = cells(gen.axes());
      boolean duplicate = new HashSet<>(gen.templates()).size() < gen.templates().size();
      boolean tie = cells.stream().anyMatch(cell -> oracle(gen, cell) == TIE);
      Pack pack;
      try {
        pack = Pack.load(dir, "pack");
      } catch (PlumbException e) {
        assertTrue(tie || duplicate, "the pack was refused without a tie: " + e.diagnostics());
        Code expected = duplicate ? Code.P406 : Code.P403;
        assertTrue(
            e.diagnostics().stream().allMatch(d -> d.code() == Code.P403 || d.code() == Code.P406),
            e.diagnostics().toString());
        assertTrue(
            e.diagnostics().stream().anyMatch(d -> d.code() == expected),
            e.diagnostics().toString());
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
        }
      }
    } finally {
      PropertyPacks.delete(dir);
    }
  }

  private static final int NONE = -1;
  private static final int TIE = -2;

  /** The brute-force answer: the index of the winning template, NONE or TIE. */
  private static int oracle(GenPack gen, Map<Integer, Integer> cell) {
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

  private static Path write(GenPack gen) throws Exception {
    Path dir = Files.createTempDirectory("plumb-resolve");
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
    Files.writeString(dir.resolve("pack.plumb"), manifest, StandardCharsets.UTF_8);
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
      Files.writeString(
          dir.resolve("t" + t + ".plumb"), header + "\necho t" + t + "\n", StandardCharsets.UTF_8);
    }
    return dir;
  }
}
