package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Diagnostic;
import dev.plumb.suite.SourceMapJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumb compile OP AXIS=VALUE…}: prints the script, or writes it atomically with -o. */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compile an operation for one cell into a straight-line shell script.")
final class CompileCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CellRequest request;

  @Mixin PackOption pack;

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description =
          "values: JSON, or YAML for a .yaml or .yml file; - reads standard input (repeatable: a"
              + " later file wins key by key)")
  List<String> valuesFiles = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description =
          "a value (wins over --values; repeatable); NAME may reach into lists and records:"
              + " vm.disks[1], vm.nics[0].mac")
  List<String> sets = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the script to FILE (atomically, mode 0755) instead of stdout")
  Path output;

  @Option(names = "--annotate", description = "put a '# file:line' comment before each command")
  boolean annotate;

  @Option(
      names = "--source-map",
      description = "with -o FILE, also write FILE.map (JSON: script line → template)")
  boolean sourceMap;

  /** The {@code --values} that reads standard input. */
  private static final String STDIN = "-";

  CompileCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Cell cell = request.cell(terminal);
    if (cell == null) {
      return Cli.FAILED;
    }
    if (sourceMap && output == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--source-map needs -o FILE");
    }
    for (String set : sets) {
      if (set.indexOf('=') <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "expected --set NAME=VALUE, got '" + set + "'");
      }
    }
    if (valuesFiles.stream().filter(STDIN::equals).count() > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--values - (standard input) can be given only once");
    }
    return pack.choice(terminal)
        .runFor(request.operation, cell, "compile", terminal, loaded -> compile(loaded, cell));
  }

  private int compile(Pack loaded, Cell cell) {
    Values values = values();
    for (String set : sets) {
      int eq = set.indexOf('=');
      values = values.set(set.substring(0, eq), set.substring(eq + 1));
    }
    Script script =
        loaded.compile(
            request.operation, cell, values, CompileOptions.defaults().withAnnotate(annotate));
    if (output == null) {
      terminal.out().writeBytes(script.text().getBytes(StandardCharsets.UTF_8));
      terminal.out().flush();
      return Cli.OK;
    }
    int written = AtomicFile.write(terminal.resolve(output), output, script.text(), true, terminal);
    if (written != Cli.OK || !sourceMap) {
      return written;
    }
    Path map = Path.of(output + ".map");
    return AtomicFile.write(
        terminal.resolve(map),
        map,
        SourceMapJson.render(script, output.getFileName().toString()),
        false,
        terminal);
  }

  /**
   * Every {@code --values} file merged in order; the errors of all the files that cannot be read at
   * once.
   */
  private Values values() {
    Values values = Values.none();
    List<Diagnostic> errors = new ArrayList<>();
    for (String file : valuesFiles) {
      try {
        values =
            values.and(
                file.equals(STDIN)
                    ? Values.read(terminal.in(), "<stdin>")
                    : Values.fromFile(terminal.resolve(Path.of(file)), file));
      } catch (PlumbException e) {
        errors.addAll(e.diagnostics());
      }
    }
    if (!errors.isEmpty()) {
      throw new PlumbException(errors);
    }
    return values;
  }
}
