package dev.plumb.cli;

import dev.plumb.Build;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.suite.BuildFolder;
import dev.plumb.suite.ValueSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumb build}: every supported (operation, cell) with each values set, in one process, in
 * parallel; written into a folder with an index when {@code -o} is given.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Compile every supported operation and cell of the pack with each values set.",
      "The values sets are the pack's examples/*.json|yaml unless --values names files."
    })
final class BuildCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin PackOption pack;

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description = "a values set (repeatable: each is built on its own, filed under its name)")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description =
          "write VALUES/OPERATION/CELL.sh and index.json into DIR, all at once (a DIR that exists"
              + " must be an earlier build or empty); without it, only check that all compile")
  Path output;

  @Option(names = "--source-map", description = "with -o DIR, also write each script's .map")
  boolean sourceMap;

  BuildCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PackChoice choice = pack.choice(terminal);
    if (sourceMap && output == null) {
      terminal.err().println("plumb: --source-map needs -o DIR");
      return Cli.USAGE;
    }
    if (output != null) {
      String refusal = BuildFolder.refusal(terminal.resolve(output));
      if (refusal != null) {
        terminal.report(List.of(cannotWrite(refusal).withHint("name a new folder, or remove it")));
        return Cli.FAILED;
      }
    }
    return choice.run("build", terminal, loaded -> build(loaded, choice));
  }

  private int build(Pack loaded, PackChoice choice) {
    List<ValueSets.ValueSet> read = valueSets(choice);
    Map<String, Values> sets = ValueSets.byName(read);
    Progress progress = new Progress(terminal, "build", Progress.entries(loaded, sets.size()));
    Build build = loaded.build(sets, entry -> progress.step());
    progress.end();
    List<Build.Entry> failures = build.failures();
    if (!failures.isEmpty()) {
      reportFailures(failures);
      return Cli.FAILED;
    }
    if (output != null) {
      try {
        BuildFolder.write(build, ValueSets.files(read), sourceMap, terminal.resolve(output));
      } catch (IOException e) {
        terminal.report(
            List.of(
                cannotWrite(e.getMessage())
                    .withHint("nothing was written; the folder, if any, is unchanged")));
        return Cli.FAILED;
      }
    }
    terminal.err().println(summary(build));
    return Cli.OK;
  }

  /** The values sets: the files given, else the pack's examples. */
  private List<ValueSets.ValueSet> valueSets(PackChoice choice) {
    if (valuesFiles.isEmpty()) {
      return ValueSets.examplesOrDefaults(choice.root(terminal), choice.shown());
    }
    return ValueSets.read(ValuesFiles.given(terminal, valuesFiles), "");
  }

  /** Each failed entry by name, then each distinct error once (a values error fails every cell). */
  private void reportFailures(List<Build.Entry> failures) {
    Set<Diagnostic> distinct = new LinkedHashSet<>();
    for (Build.Entry f : failures) {
      terminal.err().println("plumb build: " + f.show() + " failed");
      distinct.addAll(f.diagnostics());
    }
    terminal.report(List.copyOf(distinct));
    terminal
        .err()
        .println(
            "plumb build: "
                + failures.size()
                + (failures.size() == 1 ? " compile" : " compiles")
                + " failed"
                + (output == null ? "" : "; nothing was written"));
  }

  private Diagnostic cannotWrite(String why) {
    return Diagnostic.error(
        Code.P414,
        Span.ofFile(new SourceFile(output.toString(), "")),
        "cannot write the build: " + why);
  }

  /** {@code plumb build: 180 scripts (3 values sets), 12 refused, 24 unsupported, 6 excluded}. */
  static String summary(Build build) {
    int built = build.withStatus(Build.Status.BUILT).size();
    StringBuilder s =
        new StringBuilder("plumb build: ")
            .append(built)
            .append(built == 1 ? " script" : " scripts")
            .append(" (")
            .append(build.valueSets().size())
            .append(build.valueSets().size() == 1 ? " values set)" : " values sets)");
    for (Build.Status status :
        List.of(Build.Status.REFUSED, Build.Status.UNSUPPORTED, Build.Status.EXCLUDED)) {
      int n = build.withStatus(status).size();
      if (n > 0) {
        s.append(", ").append(n).append(' ').append(status.word());
      }
    }
    return s.toString();
  }
}
