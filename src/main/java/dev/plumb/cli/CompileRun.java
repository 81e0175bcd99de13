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

/**
 * Runs a {@link CompileRequest}: prints the script, or writes it atomically with -o. Nothing here
 * knows picocli, so that a compile read without it never loads it.
 */
final class CompileRun {
  private CompileRun() {}

  /**
   * The exit code of the compile.
   *
   * @throws UsageError for a word that is not AXIS=VALUE, or options that do not fit ({@link
   *     CompileRequest#optionError})
   */
  static int run(CompileRequest request, Terminal terminal) {
    return run(request, "compile", terminal, (cell, script) -> write(request, script, terminal));
  }

  /** What a command does with the script it compiled for {@code cell}: its exit code. */
  interface Use {
    int with(Cell cell, Script script);
  }

  /**
   * Compiles what {@code request} asks for, as {@code plumb compile} does (its pack, values,
   * diagnostics and exit codes), and gives the script to {@code use}: {@code compile} prints or
   * writes it, {@code plan} shows its steps.
   *
   * @param command the command's name, for the note that names the pack on a terminal
   * @throws UsageError for a word that is not AXIS=VALUE, or options that do not fit ({@link
   *     CompileRequest#optionError})
   */
  static int run(CompileRequest request, String command, Terminal terminal, Use use) {
    CellWords words = new CellWords(request.axes());
    usage(words.error());
    Cell cell = words.cell(terminal);
    if (cell == null) {
      return Cli.FAILED;
    }
    usage(request.optionError());
    return PackChoice.of(request.pack(), terminal)
        .runFor(
            request.operation(),
            cell,
            command,
            terminal,
            loaded -> use.with(cell, compile(request, loaded, cell, terminal)));
  }

  private static void usage(String error) {
    if (error != null) {
      throw new UsageError(error);
    }
  }

  private static Script compile(CompileRequest request, Pack loaded, Cell cell, Terminal terminal) {
    Values values = values(request.valuesFiles(), terminal);
    for (String set : request.sets()) {
      int eq = set.indexOf('=');
      values = values.set(set.substring(0, eq), set.substring(eq + 1));
    }
    return loaded.compile(
        request.operation(),
        cell,
        values,
        CompileOptions.defaults().withAnnotate(request.annotate()));
  }

  /** Prints the script, or writes it (and its source map) atomically with -o. */
  private static int write(CompileRequest request, Script script, Terminal terminal) {
    Path output = request.output();
    if (output == null) {
      terminal.out().writeBytes(script.text().getBytes(StandardCharsets.UTF_8));
      terminal.out().flush();
      return Cli.OK;
    }
    int written = AtomicFile.write(terminal.resolve(output), output, script.text(), true, terminal);
    if (written != Cli.OK || !request.sourceMap()) {
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
  private static Values values(List<String> files, Terminal terminal) {
    Values values = Values.none();
    List<Diagnostic> errors = new ArrayList<>();
    for (String file : files) {
      try {
        values =
            values.and(
                file.equals(CompileRequest.STDIN)
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
