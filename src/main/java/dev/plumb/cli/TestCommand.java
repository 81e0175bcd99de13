package dev.plumb.cli;

import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.format.CheckstyleReport;
import dev.plumb.diag.format.GithubReport;
import dev.plumb.diag.format.SarifReport;
import dev.plumb.diag.format.TextRenderer;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.suite.Coverage;
import dev.plumb.suite.CoverageLcov;
import dev.plumb.suite.CoverageText;
import dev.plumb.suite.FailureGroups;
import dev.plumb.suite.JunitReport;
import dev.plumb.suite.PackTests;
import dev.plumb.suite.TestJson;
import dev.plumb.suite.TestReport;
import dev.plumb.suite.TestResult;
import dev.plumb.suite.ValueSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Spec CommandLine.Model.CommandSpec spec;

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

  @Option(
      names = "--coverage",
      description = "say which template lines and %%if arms no script of the run reached")
  boolean coverage;

  @Option(
      names = "--coverage-lcov",
      paramLabel = "FILE",
      description = "write the template coverage as an LCOV tracefile (atomically)")
  Path lcov;

  @Option(
      names = "--min",
      paramLabel = "PERCENT",
      description = "fail unless line and branch coverage each reach PERCENT (0 to 100)")
  Double min;

  TestCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (min != null && !(min >= 0 && min <= 100)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min takes a percentage from 0 to 100, got " + min);
    }
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
    Progress progress = new Progress(terminal, "test", Progress.entries(loaded, sets.size()));
    TestReport report;
    try {
      report =
          PackTests.run(
              loaded, choice.root(terminal), choice.shown(), sets, update, e -> progress.step());
    } catch (IOException e) {
      // the progress line cleared before the message, not after it (finally)
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
    int covered = coverage(loaded, report, choice);
    report.updated().stream().limit(UPDATES_SHOWN).forEach(terminal.err()::println);
    if (report.updated().size() > UPDATES_SHOWN) {
      terminal
          .err()
          .println(
              "and " + (report.updated().size() - UPDATES_SHOWN) + " more (git status lists them)");
    }
    terminal
        .err()
        .println(
            summary(report, choice.label(), update)
                + (covered == Cli.OK ? "" : "; the run fails on its template coverage (above)"));
    return report.passed() && covered == Cli.OK ? Cli.OK : Cli.FAILED;
  }

  /**
   * The coverage the run's scripts give, as asked: the text on stderr, the LCOV file, the minimum
   * (a P606 for each measure below it). Its exit code: 1 below the minimum or when the LCOV file
   * cannot be written.
   */
  private int coverage(Pack loaded, TestReport report, PackChoice choice) {
    if (!coverage && lcov == null && min == null) {
      return Cli.OK;
    }
    Coverage measured = Coverage.of(loaded, report.scripts());
    if (coverage) {
      terminal.err().print(CoverageText.render(measured));
    }
    int code = Cli.OK;
    if (lcov != null) {
      code =
          AtomicFile.write(
              terminal.resolve(lcov), lcov, CoverageLcov.render(measured), false, terminal);
    }
    if (min != null) {
      List<Diagnostic> below = new ArrayList<>();
      for (String shortfall : measured.shortfalls(min)) {
        below.add(
            Diagnostic.error(
                    Code.P606,
                    Span.ofFile(new SourceFile(choice.shown() + "/" + PackTests.FOLDER, "")),
                    "template coverage: " + shortfall)
                .withHint(
                    "'plumb test --coverage' lists the lines and arms no script reached: add an"
                        + " example or a case that reaches them, or remove them"));
      }
      terminal.report(below);
      code = below.isEmpty() ? code : Cli.FAILED;
    }
    return code;
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
