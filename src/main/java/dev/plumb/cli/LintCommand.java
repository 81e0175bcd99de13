package dev.plumb.cli;

import dev.plumb.Pack;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plumb lint [PACK…]}: checks every template of each pack and reports every finding. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Check every template of the packs (default: the built-in pack).")
final class LintCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(paramLabel = "PACK_DIR", arity = "0..*", description = "pack folders")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--werror", description = "fail (exit 1) on warnings too")
  boolean werror;

  LintCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<Diagnostic> all = new ArrayList<>();
    if (packs.isEmpty()) {
      all.addAll(Pack.lintBuiltIn());
    }
    for (Path pack : packs) {
      all.addAll(Pack.lint(terminal.resolve(pack), pack.toString()));
    }
    terminal.report(all);
    long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
    terminal.err().println(summary(errors, warnings));
    return errors > 0 || (werror && warnings > 0) ? Cli.FAILED : Cli.OK;
  }

  static String summary(long errors, long warnings) {
    return "plumb lint: " + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning" : " warnings");
  }
}
