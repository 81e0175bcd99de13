package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.Script;
import java.util.List;

/**
 * What {@code plumb test} found: every result, the build it compared, and every script compiled
 * (the build's and those of cases that set values), from which coverage is computed.
 *
 * @param updated with {@code --update}, each snapshot written ({@code A}dded, {@code M}odified) or
 *     {@code D}eleted, as {@code "M tests/snapshots/…"}; else empty
 */
public record TestReport(
    String pack,
    Build build,
    List<TestResult> results,
    List<Script> scripts,
    List<String> updated) {

  public TestReport {
    results = List.copyOf(results);
    scripts = List.copyOf(scripts);
    updated = List.copyOf(updated);
  }

  public List<TestResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  public boolean passed() {
    return failures().isEmpty();
  }

  public long count(TestResult.Kind kind) {
    return results.stream().filter(r -> r.kind() == kind).count();
  }
}
