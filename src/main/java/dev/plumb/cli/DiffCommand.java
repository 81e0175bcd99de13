package dev.plumb.cli;

import dev.plumb.Build;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.suite.DiffJson;
import dev.plumb.suite.DiffMarkdown;
import dev.plumb.suite.DiffText;
import dev.plumb.suite.MatrixDiff;
import dev.plumb.suite.OldVersion;
import dev.plumb.suite.ValueSets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plumb diff}: what a change does to the whole matrix. Every operation, cell and values set
 * of two versions of the pack compiled and compared: what appeared and disappeared, support and
 * outcome changes, and each distinct script change once with the scripts it is in.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Compile every operation, cell and values set of two versions of the pack and show what"
          + " changed: operations, values files, support, outcomes, and each distinct script"
          + " change once, with the scripts it is in.",
      "The old version is --against DIR (a folder holding a pack) or --against REV (a git"
          + " revision of the pack's folder, read without touching the work tree or the index)."
    })
final class DiffCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    markdown,
    json
  }

  private final Terminal terminal;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin PackOption pack;

  @Option(
      names = "--against",
      required = true,
      paramLabel = "DIR|REV",
      description =
          "the version to compare with: a folder holding a pack, else a git revision (HEAD~1,"
              + " main) of the pack's folder")
  String against;

  @Option(
      names = "--values",
      paramLabel = "FILE",
      description =
          "a values set both versions are compiled with (repeatable); without it, each version's"
              + " own examples/*.json|yaml")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), markdown (for a pull-request comment) or json")
  Format format = Format.text;

  @Option(
      names = "--exit-code",
      description = "exit 1 when anything changed, as git diff --exit-code does")
  boolean exitCode;

  @Option(
      names = "--context",
      paramLabel = "N",
      description = "kept lines shown around each change (default: 3)")
  int context = 3;

  DiffCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (context < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--context takes a number of lines, 0 or more: not " + context);
    }
    PackChoice choice = pack.choice(terminal);
    return choice.run("diff", terminal, now -> diff(now, choice));
  }

  private int diff(Pack now, PackChoice choice) {
    Path packFolder = choice.folder() == null ? null : choice.root(terminal);
    try (OldVersion old = OldVersion.open(against, candidate(), packFolder, choice.shown())) {
      Pack before;
      try {
        before = Pack.load(old.folder(), old.shown());
      } catch (PlumbException e) {
        terminal.report(e.diagnostics());
        terminal
            .err()
            .println("plumb diff: the version to compare with, " + old.label() + ", does not load");
        return Cli.FAILED;
      }
      Map<String, Values> given =
          valuesFiles.isEmpty()
              ? null
              : ValueSets.byName(ValueSets.read(ValuesFiles.given(terminal, valuesFiles), ""));
      Map<String, Values> oldSets = given != null ? given : examples(old.folder(), old.shown());
      Map<String, Values> newSets =
          given != null ? given : examples(choice.root(terminal), choice.shown());
      Progress progress =
          new Progress(
              terminal,
              "diff",
              Progress.entries(before, oldSets.size()) + Progress.entries(now, newSets.size()));
      Build oldBuild = before.build(oldSets, entry -> progress.step());
      Build newBuild = now.build(newSets, entry -> progress.step());
      progress.end();
      MatrixDiff diff = MatrixDiff.of(oldBuild, newBuild, context);
      print(diff, old.label(), choice.label());
      return exitCode && !diff.unchanged() ? Cli.FAILED : Cli.OK;
    }
  }

  private void print(MatrixDiff diff, String old, String now) {
    terminal
        .out()
        .print(
            switch (format) {
              case text -> DiffText.render(diff, old, now);
              case markdown -> DiffMarkdown.render(diff, old, now);
              case json -> DiffJson.render(diff, old, now);
            });
    terminal.out().flush();
  }

  /** {@code --against} as a folder, when it can name one. */
  private Path candidate() {
    try {
      return terminal.resolve(Path.of(against));
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** One version's own values sets: its examples, or its defaults alone when it has none. */
  private static Map<String, Values> examples(Path folder, String shown) {
    return ValueSets.byName(ValueSets.examplesOrDefaults(folder, shown));
  }
}
