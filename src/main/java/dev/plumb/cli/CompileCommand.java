package dev.plumb.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plumb compile OP AXIS=VALUE…} as picocli reads it: prints the script, or writes it
 * atomically with -o ({@link CompileRun}). Plain words are read without picocli ({@link
 * QuickCompile}).
 */
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

  @Mixin ValuesOptions values;

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

  CompileCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    try {
      return CompileRun.run(request(), terminal);
    } catch (UsageError e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** What the words picocli read ask for. */
  CompileRequest request() {
    return CompileRequest.of(request, pack, values, output, annotate, sourceMap);
  }
}
