package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the hand-written cases: each compile a case asks for is taken from the build when the case
 * sets no value, else compiled afresh; every one must meet every expectation of the case.
 */
final class CaseRunner {
  /** Failing compiles a case's message lists before it counts the rest. */
  private static final int SHOWN = 3;

  private final Pack pack;
  private final Build build;
  private final Map<String, Values> valueSets;
  private final Map<String, Build.Entry> byKey = new HashMap<>();
  private final List<Script> compiled = new ArrayList<>();

  CaseRunner(Pack pack, Build build, Map<String, Values> valueSets) {
    this.pack = pack;
    this.build = build;
    this.valueSets = valueSets;
    for (Build.Entry e : build.entries()) {
      byKey.put(key(e.values(), e.operation(), e.cell()), e);
    }
  }

  /** The scripts the cases compiled afresh (with {@code set}), for coverage. */
  List<Script> compiled() {
    return compiled;
  }

  TestResult run(TestCase c) {
    String problem = stale(c);
    if (problem != null) {
      return failed(
          c, Diagnostic.error(Code.P605, c.span(), "case \"" + c.name() + "\": " + problem));
    }
    List<String> failures = new ArrayList<>();
    Span first = null;
    int runs = 0;
    for (String values : c.values().isEmpty() ? build.valueSets() : c.values()) {
      for (Cell cell : cells(c)) {
        Build.Entry outcome = outcome(c, values, cell);
        runs++;
        for (TestCase.Expectation x : c.expectations()) {
          String why = unmet(x, outcome);
          if (why != null) {
            failures.add(outcome.show() + ": " + why);
            first = first == null ? x.span() : first;
            break;
          }
        }
      }
    }
    if (failures.isEmpty()) {
      return TestResult.passed(TestResult.Kind.CASE, c.name(), c.name());
    }
    StringBuilder message =
        new StringBuilder("case \"")
            .append(c.name())
            .append("\" fails for ")
            .append(failures.size())
            .append(" of its ")
            .append(runs)
            .append(runs == 1 ? " compile" : " compiles");
    failures.stream().limit(SHOWN).forEach(f -> message.append("\n  ").append(f));
    if (failures.size() > SHOWN) {
      message.append("\n  and ").append(failures.size() - SHOWN).append(" more");
    }
    return failed(c, Diagnostic.error(Code.P604, first, message.toString()));
  }

  private static TestResult failed(TestCase c, Diagnostic d) {
    return new TestResult(TestResult.Kind.CASE, c.name(), c.name(), d, null);
  }

  /** What makes the case name something the pack no longer has, or null. */
  private String stale(TestCase c) {
    if (!pack.operations().contains(c.operation())) {
      return "the pack has no operation '"
          + c.operation()
          + "'; "
          + Suggest.hintOr(
              c.operation(), pack.operations(), "its operations are " + pack.operations());
    }
    for (Map.Entry<String, List<String>> axis : c.cells().entrySet()) {
      List<String> known = pack.axes().get(axis.getKey());
      if (known == null) {
        return "the pack has no axis '"
            + axis.getKey()
            + "'; "
            + Suggest.hintOr(
                axis.getKey(), pack.axes().keySet(), "its axes are " + pack.axes().keySet());
      }
      for (String v : axis.getValue()) {
        if (!known.contains(v)) {
          return "the axis '"
              + axis.getKey()
              + "' has no value '"
              + v
              + "'; "
              + Suggest.hintOr(v, known, "its values are " + String.join(" | ", known));
        }
      }
    }
    for (String v : c.values()) {
      if (!valueSets.containsKey(v)) {
        return "there is no values set '"
            + v
            + "'; "
            + Suggest.hintOr(v, valueSets.keySet(), "the examples are " + valueSets.keySet());
      }
    }
    return null;
  }

  /** Every cell the case names: the product of the values each axis allows. */
  private List<Cell> cells(TestCase c) {
    List<Map<String, String>> cells = new ArrayList<>();
    cells.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> axis : pack.axes().entrySet()) {
      List<String> allowed = c.cells().getOrDefault(axis.getKey(), axis.getValue());
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : cells) {
        for (String v : allowed) {
          Map<String, String> more = new LinkedHashMap<>(partial);
          more.put(axis.getKey(), v);
          next.add(more);
        }
      }
      cells = next;
    }
    return cells.stream().map(Cell::of).toList();
  }

  /** The compile's outcome: the build's entry, or a fresh compile with the case's overrides. */
  private Build.Entry outcome(TestCase c, String values, Cell cell) {
    Build.Entry built = byKey.get(key(values, c.operation(), cell));
    if (c.sets().isEmpty()
        || built.status() == Build.Status.UNSUPPORTED
        || built.status() == Build.Status.EXCLUDED) {
      return built;
    }
    Build.Entry fresh =
        Build.compiled(
            values,
            c.operation(),
            cell,
            () -> {
              Values given = valueSets.get(values);
              for (TestCase.Override o : c.sets()) {
                given = given.set(o.name(), o.value());
              }
              return pack.compile(c.operation(), cell, given);
            });
    if (fresh.status() == Build.Status.BUILT) {
      compiled.add(fresh.script());
    }
    return fresh;
  }

  /** Why the outcome does not meet the expectation, or null when it does. */
  private static String unmet(TestCase.Expectation x, Build.Entry outcome) {
    if (x instanceof TestCase.Expectation.Contains contains) {
      return outcome.status() != Build.Status.BUILT
          ? notBuilt(outcome)
          : lineWith(outcome.script(), contains.text())
              ? null
              : "no line of the script contains \"" + contains.text() + "\"";
    }
    if (x instanceof TestCase.Expectation.Lacks lacks) {
      return outcome.status() != Build.Status.BUILT
          ? notBuilt(outcome)
          : !lineWith(outcome.script(), lacks.text())
              ? null
              : "a line of the script contains \"" + lacks.text() + "\"";
    }
    if (x instanceof TestCase.Expectation.Order order) {
      return outcome.status() != Build.Status.BUILT
          ? notBuilt(outcome)
          : outOfOrder(outcome.script(), order.texts());
    }
    if (x instanceof TestCase.Expectation.Refused refused) {
      boolean failedSo =
          outcome.diagnostics().stream()
              .anyMatch(
                  d ->
                      d.code().name().equals(refused.code())
                          && d.message().contains(refused.text()));
      return failedSo
          ? null
          : "expected it refused with "
              + refused.code()
              + (refused.text().isEmpty() ? "" : " \"" + refused.text() + "\"")
              + ", but "
              + describe(outcome);
    }
    if (x instanceof TestCase.Expectation.Unsupported u) {
      return outcome.status() == Build.Status.UNSUPPORTED && outcome.reason().contains(u.text())
          ? null
          : "expected it unsupported" + quoted(u.text()) + ", but " + describe(outcome);
    }
    TestCase.Expectation.Excluded ex = (TestCase.Expectation.Excluded) x;
    return outcome.status() == Build.Status.EXCLUDED && outcome.reason().contains(ex.text())
        ? null
        : "expected it excluded" + quoted(ex.text()) + ", but " + describe(outcome);
  }

  private static String quoted(String text) {
    return text.isEmpty() ? "" : " (\"" + text + "\")";
  }

  /**
   * Why the texts are not on lines in their order, or null when they are: each text is looked for
   * from the line after the previous one's.
   */
  private static String outOfOrder(Script script, List<String> texts) {
    int from = 0;
    for (int i = 0; i < texts.size(); i++) {
      int at = from;
      while (at < script.lines().size() && !script.lines().get(at).text().contains(texts.get(i))) {
        at++;
      }
      if (at == script.lines().size()) {
        return i == 0 || !lineWith(script, texts.get(i))
            ? "no line of the script contains \"" + texts.get(i) + "\""
            : "no line after the one with \""
                + texts.get(i - 1)
                + "\" contains \""
                + texts.get(i)
                + "\"";
      }
      from = at + 1;
    }
    return null;
  }

  private static boolean lineWith(Script script, String text) {
    return script.lines().stream().anyMatch(l -> l.text().contains(text));
  }

  private static String notBuilt(Build.Entry outcome) {
    return "expected a script, but " + describe(outcome);
  }

  /** {@code it is unsupported: no template serves this cell}. */
  private static String describe(Build.Entry e) {
    return switch (e.status()) {
      case BUILT -> "it compiles";
      case REFUSED -> "it is refused: " + e.reason();
      case FAILED ->
          "it fails: "
              + (e.diagnostics().isEmpty() ? "" : e.diagnostics().get(0).code().name() + " ")
              + e.reason();
      case UNSUPPORTED -> "it is unsupported: " + e.reason();
      case EXCLUDED -> "it is excluded: " + e.reason();
    };
  }

  private static String key(String values, String operation, Cell cell) {
    return values + "\u0000" + operation + "\u0000" + cell;
  }
}
