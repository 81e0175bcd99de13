package dev.plumb.cli;

import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.format.CheckstyleReport;
import dev.plumb.diag.format.GithubReport;
import dev.plumb.diag.format.SarifReport;
import dev.plumb.diag.format.TextRenderer;
import dev.plumb.suite.FailureGroups;
import dev.plumb.suite.JunitReport;
import dev.plumb.suite.PackTests;
import dev.plumb.suite.TestJson;
import dev.plumb.suite.TestReport;
import dev.plumb.suite.TestResult;
import dev.plumb.suite.ValueSets;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumb test}: builds every cell with each example, compares with the pack's snapshots and
 * runs its cases; {@code --update} writes the snapshots instead of comparing them.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run the pack's tests: the snapshot of every cell's script with each example, and the",
      "cases of tests/*.cases."
    })
final class TestCommand implements Callable<Integer> {
  /** The output formats: the lint formats and JUnit XML. */
  enum Format {
    text,
    json,
    junit,
    sarif,
    github,
    checkstyle
  }

  /** Snapshot updates listed one by one before the rest are counted. */
  private static final int UPDATES_SHOWN = 20;

  private final Terminal terminal;

  @Mixin PackOption pack;

  @Option(
      names = "--update",
      description =
          "write the snapshots from what the pack compiles to now (adds, rewrites, deletes);"
              + " cases still run")
  boolean update;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default, on stderr), json, junit, sarif, github or checkstyle (on stdout)")
  Format format = Format.text;

  TestCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PackChoice choice = pack.choice(terminal);
    if (choice.folder() == null) {
      terminal
          .err()
          .println(
              "plumb test: the built-in pack's tests are not packaged; in a clone of plumb, run"
                  + " 'plumb test --pack templates'");
      return Cli.FAILED;
    }
    return choice.run("test", terminal, loaded -> test(loaded, choice));
  }

  private int test(Pack loaded, PackChoice choice) {
    if (!update && !PackTests.hasTests(choice.root(terminal))) {
      terminal.report(List.of(PackTests.noTests(choice.shown())));
      return Cli.FAILED;
    }
    Map<String, Values> sets =
        ValueSets.byName(ValueSets.examplesOrDefaults(choice.root(terminal), choice.shown()));
    Progress progress =
        new Progress(terminal, "test", loaded.matrix().entries().size() * sets.size());
    TestReport report;
    try {
      report =
          PackTests.run(
              loaded, choice.root(terminal), choice.shown(), sets, update, e -> progress.step());
    } catch (IOException e) {
      progress.end();
      terminal.err().println("plumb test: cannot write the snapshots: " + e.getMessage());
      return Cli.FAILED;
    } finally {
      progress.end();
    }
    List<FailureGroups.Group> groups = FailureGroups.of(report.failures());
    String out =
        switch (format) {
          case text -> null;
          case json -> TestJson.render(report);
          case junit -> JunitReport.render(report);
          case sarif -> SarifReport.render(FailureGroups.diagnostics(groups), Version.get());
          case github -> GithubReport.render(FailureGroups.diagnostics(groups));
          case checkstyle -> CheckstyleReport.render(FailureGroups.diagnostics(groups));
        };
    if (out == null) {
      text(groups);
    } else {
      terminal.out().print(out);
      terminal.out().flush();
    }
    report.updated().stream().limit(UPDATES_SHOWN).forEach(terminal.err()::println);
    if (report.updated().size() > UPDATES_SHOWN) {
      terminal
          .err()
          .println(
              "and " + (report.updated().size() - UPDATES_SHOWN) + " more (git status lists them)");
    }
    terminal.err().println(summary(report, choice.label(), update));
    return report.passed() ? Cli.OK : Cli.FAILED;
  }

  /** Each failure as a diagnostic, and a snapshot's diff under it, gutter and all. */
  private void text(List<FailureGroups.Group> groups) {
    TextRenderer renderer = new TextRenderer(terminal.colour());
    for (FailureGroups.Group g : groups) {
      terminal.err().print(renderer.render(g.diagnostic()));
      if (g.diff() != null) {
        terminal.err().println("  --- " + g.diff().expected());
        terminal.err().println("  +++ now");
        terminal.err().print(g.diff().render("  "));
      }
    }
  }

  /**
   * {@code plumb test: 2 failed, 578 passed (568 snapshots, 12 cases) in templates}; after {@code
   * --update}, {@code plumb test: 6 snapshots written, 0 failed, 12 passed (12 cases) in …}.
   */
  static String summary(TestReport report, String pack, boolean update) {
    long failed = report.failures().size();
    long passed = report.results().size() - failed;
    String counted =
        (update ? "" : report.count(TestResult.Kind.SNAPSHOT) + " snapshots, ")
            + report.count(TestResult.Kind.CASE)
            + " cases";
    return "plumb test: "
        + (update ? report.updated().size() + " snapshots written, " : "")
        + failed
        + " failed, "
        + passed
        + " passed ("
        + counted
        + ") in "
        + pack;
  }
}
