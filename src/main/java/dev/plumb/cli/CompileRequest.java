package dev.plumb.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code plumb compile} is asked to do, however its words were read: by picocli ({@link
 * CompileCommand}) or, when they are plain, without it ({@link QuickCompile}). {@link CompileRun}
 * does it. {@code plumb plan} compiles through it too ({@link PlanCommand}), with no output file.
 *
 * @param pack {@code --pack DIR}, or null
 * @param output {@code -o FILE}, or null for standard output
 */
record CompileRequest(
    String operation,
    List<String> axes,
    Path pack,
    List<String> valuesFiles,
    List<String> sets,
    Path output,
    boolean annotate,
    boolean sourceMap) {

  /** The {@code --values} that reads standard input. */
  static final String STDIN = "-";

  CompileRequest {
    axes = List.copyOf(axes);
    valuesFiles = List.copyOf(valuesFiles);
    sets = List.copyOf(sets);
  }

  /**
   * What a command that compiles one script and uses it ({@code plan}, {@code run}) asks for: the
   * script of the operation and cell, from the pack and values given, to standard output.
   */
  static CompileRequest of(CellRequest request, PackOption pack, ValuesOptions values) {
    return of(request, pack, values, null, false, false);
  }

  /** As the words picocli read for {@code compile} ask for it. */
  static CompileRequest of(
      CellRequest request,
      PackOption pack,
      ValuesOptions values,
      Path output,
      boolean annotate,
      boolean sourceMap) {
    return new CompileRequest(
        request.operation,
        request.axes,
        pack.folder,
        values.files,
        values.sets,
        output,
        annotate,
        sourceMap);
  }

  /**
   * The usage error of options that each parse but do not fit together or hold no NAME=VALUE, or
   * null: the parser cannot tell, the command reports it (after the cell's own errors).
   */
  String optionError() {
    if (sourceMap && output == null) {
      return "--source-map needs -o FILE";
    }
    for (String set : sets) {
      if (set.indexOf('=') <= 0) {
        return "expected --set NAME=VALUE, got '" + set + "'";
      }
    }
    if (valuesFiles.indexOf(STDIN) != valuesFiles.lastIndexOf(STDIN)) {
      return "--values - (standard input) can be given only once";
    }
    return null;
  }
}
