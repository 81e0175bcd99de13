package dev.plumb.cli;

import dev.plumb.Pack;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import dev.plumb.diag.format.CheckstyleReport;
import dev.plumb.diag.format.GithubReport;
import dev.plumb.diag.format.JsonReport;
import dev.plumb.diag.format.SarifReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plumb lint [PACK…]}: checks every template of each pack and reports every finding. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check every template of the packs (default: the built-in pack).")
final class LintCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json,
    sarif,
    github,
    checkstyle
  }

  private final Terminal terminal;

  @Parameters(paramLabel = "PACK_DIR", arity = "0..*", description = "pack folders")
  List<Path> packs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default, on stderr), json, sarif, github or checkstyle (on stdout)")
  Format format = Format.text;

  @Option(names = "--werror", description = "fail (exit 1) on warnings too")
  boolean werror;

  @Option(
      names = "--shellcheck",
      description =
          "compile every supported cell with the pack's examples/*.json and run ShellCheck on it")
  boolean shellcheck;

  LintCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<Diagnostic> all = new ArrayList<>();
    if (packs.isEmpty()) {
      all.addAll(Pack.lintBuiltIn(shellcheck));
    }
    for (Path pack : packs) {
      all.addAll(Pack.lint(terminal.resolve(pack), pack.toString(), shellcheck));
    }
    String report =
        switch (format) {
          case text -> null;
          case json -> JsonReport.render(all);
          case sarif -> SarifReport.render(all, Version.get());
          case github -> GithubReport.render(all);
          case checkstyle -> CheckstyleReport.render(all);
        };
    if (report == null) {
      terminal.report(all);
    } else {
      terminal.out().print(report);
      terminal.out().flush();
    }
    long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
    terminal.err().println(summary(errors, warnings));
    return errors > 0 || (werror && warnings > 0) ? Cli.FAILED : Cli.OK;
  }

  static String summary(long errors, long warnings) {
    return "plumb lint: "
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }
}
