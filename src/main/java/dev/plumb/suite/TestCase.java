package dev.plumb.suite;

import dev.plumb.source.Span;
import java.util.List;
import java.util.Map;

/**
 * A hand-written case of a pack's {@code tests/*.cases}: an operation in a set of cells, with some
 * values sets and overrides, and what each of those compiles must come to.
 *
 * @param cells each axis the case names to the values it allows; an axis left out allows all
 * @param values the values sets (example names) to compile with; empty for every one
 * @param sets the {@code set NAME=VALUE} overrides, in order
 * @param span the {@code case} line, where a failure is reported
 */
public record TestCase(
    String name,
    String operation,
    Map<String, List<String>> cells,
    List<String> values,
    List<Override> sets,
    List<Expectation> expectations,
    Span span) {

  public TestCase {
    cells = Map.copyOf(cells);
    values = List.copyOf(values);
    sets = List.copyOf(sets);
    expectations = List.copyOf(expectations);
  }

  /** {@code set NAME=VALUE}: a value given as {@code plumb compile --set} gives it. */
  public record Override(String name, String value, Span span) {}

  /** What a compile must come to. */
  public sealed interface Expectation {
    Span span();

    /** {@code contains "TEXT"}: some line of the script contains TEXT. */
    record Contains(String text, Span span) implements Expectation {}

    /** {@code lacks "TEXT"}: no line of the script contains TEXT. */
    record Lacks(String text, Span span) implements Expectation {}

    /**
     * {@code order "A" "B" …}: lines containing A, B, … come in that order, each on a later line
     * than the one before.
     */
    record Order(List<String> texts, Span span) implements Expectation {
      public Order {
        texts = List.copyOf(texts);
      }
    }

    /** {@code refused CODE "TEXT"}: the compile fails with CODE, its message containing TEXT. */
    record Refused(String code, String text, Span span) implements Expectation {}

    /** {@code unsupported "TEXT"}: no template supports the cell; the reason contains TEXT. */
    record Unsupported(String text, Span span) implements Expectation {}

    /** {@code excluded "TEXT"}: the manifest excludes the cell; the reason contains TEXT. */
    record Excluded(String text, Span span) implements Expectation {}
  }
}
