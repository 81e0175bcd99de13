package dev.plumb.cli;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import dev.plumb.diag.format.CheckstyleReport;
import dev.plumb.diag.format.GithubReport;
import dev.plumb.diag.format.JsonReport;
import dev.plumb.diag.format.SarifReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plumb lint [PACK…]}: checks every template of each pack and reports every finding. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check every template of the packs.")
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

  @Parameters(
      paramLabel = "PACK_DIR",
      arity = "0..*",
      description = "pack folders, as --pack gives them")
  List<Path> packs = new ArrayList<>();

  @Option(
      names = "--pack",
      paramLabel = "DIR",
      description =
          "a pack folder (repeatable; default: the current folder when it holds pack.plumb, else $"
              + PackChoice.VARIABLE
              + ", else the built-in pack)")
  List<Path> packOptions = new ArrayList<>();

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
    // the positional packs, then the --packs; a folder named twice is linted once
    Map<Path, PackChoice> named = new LinkedHashMap<>();
    Stream.concat(packs.stream(), packOptions.stream())
        .forEach(
            p -> named.putIfAbsent(terminal.resolve(p).normalize(), PackChoice.of(p, terminal)));
    List<PackChoice> chosen = new ArrayList<>(named.values());
    if (chosen.isEmpty()) {
      chosen.add(PackChoice.byDefault(terminal));
    }
    List<Diagnostic> all = new ArrayList<>();
    for (PackChoice pack : chosen) {
      all.addAll(pack.lint(terminal, shellcheck));
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
    terminal
        .err()
        .println(summary(errors, warnings, chosen.stream().map(PackChoice::label).toList()));
    return errors > 0 || (werror && warnings > 0) ? Cli.FAILED : Cli.OK;
  }

  /** {@code plumb lint: 2 errors, 6 warnings in samples/broken}: what was found, and where. */
  static String summary(long errors, long warnings, List<String> packs) {
    return "plumb lint: "
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings")
        + " in "
        + (packs.size() == 1
            ? packs.get(0)
            : String.join(", ", packs.subList(0, packs.size() - 1))
                + " and "
                + packs.get(packs.size() - 1));
  }
}
