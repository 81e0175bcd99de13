package dev.plumb.cli;

import dev.plumb.Matrix;
import dev.plumb.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumb matrix}: operations × cells, supported (which templates) or not (why). */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Print the support matrix of the pack.")
final class MatrixCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    markdown,
    json,
    expect
  }

  private final Terminal terminal;

  @Mixin PackOption pack;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), markdown, json, or expect (the supported cells, as --expect reads them)")
  Format format = Format.text;

  @Option(
      names = "--expect",
      paramLabel = "FILE",
      description =
          "fail (exit 1) when a cell listed in FILE is not supported, or a supported cell is not"
              + " listed; one 'OP AXIS=VALUE…' per line, '? OP …' for cells allowed either way")
  Path expect;

  MatrixCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PackChoice choice = pack.choice(terminal);
    return choice.run("matrix", terminal, loaded -> show(loaded.matrix(), choice));
  }

  private int show(Matrix matrix, PackChoice choice) {
    if (expect != null) {
      List<Diagnostic> lost =
          Expectations.check(matrix, terminal.resolve(expect), expect.toString());
      if (lost.isEmpty()) {
        return Cli.OK;
      }
      choice.report(lost, terminal);
      terminal
          .err()
          .println(
              "plumb matrix: "
                  + lost.size()
                  + (lost.size() == 1 ? " problem" : " problems")
                  + " in "
                  + choice.label());
      return Cli.FAILED;
    }
    terminal
        .out()
        .print(
            switch (format) {
              case text -> MatrixText.render(matrix);
              case markdown -> MatrixMarkdown.render(matrix);
              case json -> MatrixJson.render(matrix);
              case expect -> Expectations.render(matrix);
            });
    terminal.out().flush();
    return Cli.OK;
  }
}
