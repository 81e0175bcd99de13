package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(index = "0", paramLabel = "OP", description = "the operation, e.g. start")
  String operation;

  @Parameters(
      index = "1..*",
      paramLabel = "AXIS=VALUE",
      description = "the cell, e.g. host=freebsd")
  List<String> axes = new ArrayList<>();

  @Mixin PackOption pack;

  @Option(names = "--values", paramLabel = "FILE", description = "values as JSON")
  Path valuesFile;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description = "a value (wins over --values; repeatable)")
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

  /** Where the request's own diagnostics point, as the compiler's do. */
  private static final Span REQUEST = Span.ofFile(new SourceFile("request", ""));

  CompileCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Map<String, String> cell = new LinkedHashMap<>();
    List<Diagnostic> twice = new ArrayList<>();
    for (String axis : axes) {
      int eq = axis.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "expected AXIS=VALUE, got '" + axis + "'");
      }
      String name = axis.substring(0, eq);
      String value = axis.substring(eq + 1);
      String earlier = cell.putIfAbsent(name, value);
      if (earlier != null) {
        twice.add(
            Diagnostic.error(Code.P405, REQUEST, "axis '" + name + "' is given twice")
                .withHint("give it once: " + name + "=" + earlier + " or " + axis));
      }
    }
    if (!twice.isEmpty()) {
      terminal.report(twice);
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
    try {
      Pack loaded = pack.load(terminal);
      Values values =
          valuesFile == null
              ? Values.none()
              : Values.fromJson(terminal.resolve(valuesFile), valuesFile.toString());
      for (String set : sets) {
        int eq = set.indexOf('=');
        values = values.set(set.substring(0, eq), set.substring(eq + 1));
      }
      Script script =
          loaded.compile(
              operation, Cell.of(cell), values, CompileOptions.defaults().withAnnotate(annotate));
      if (output == null) {
        terminal.out().writeBytes(script.text().getBytes(StandardCharsets.UTF_8));
        terminal.out().flush();
        return Cli.OK;
      }
      int written =
          AtomicFile.write(terminal.resolve(output), output, script.text(), true, terminal);
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
    } catch (PlumbException e) {
      terminal.report(e.diagnostics());
      return Cli.FAILED;
    }
  }
}
