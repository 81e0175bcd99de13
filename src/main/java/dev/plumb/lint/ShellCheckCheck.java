package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import dev.plumb.diag.InCell;
import dev.plumb.pipeline.CellCompiler;
import dev.plumb.pipeline.PackModel;
import dev.plumb.pipeline.SupportMatrix;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.values.Supplied;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code lint --shellcheck}: every supported cell compiled with each {@code examples/*.json} of the
 * pack, ShellCheck run on the scripts, each finding reported at the template line that produced it
 * (P319).
 */
final class ShellCheckCheck implements LintCheck {
  @Override
  public Set<Code> codes() {
    return Set.of(Code.P319);
  }

  @Override
  public String summary() {
    return "ShellCheck's findings on every supported cell compiled with the pack's examples";
  }

  @Override
  public List<Diagnostic> run(LintContext pack) {
    if (!pack.loaded()) {
      return List.of();
    }
    SourceFile packFile = new SourceFile(pack.shown(), "");
    if (!ShellCheck.installed()) {
      return List.of(
          Diagnostic.error(
                  Code.P319,
                  Span.ofFile(packFile),
                  "--shellcheck needs ShellCheck, which is not installed")
              .withHint("install it: apt-get install shellcheck"));
    }
    List<Diagnostic> found = new ArrayList<>();
    List<ShellCheck.Job> jobs = new ArrayList<>();
    for (Path example : examples(pack.folder())) {
      try {
        Supplied values =
            Supplied.fromJson(example, pack.shown() + "/examples/" + example.getFileName());
        compileAll(pack.model(), pack.matrix(), values, example, packFile, jobs, found);
      } catch (Failure e) {
        found.addAll(e.diagnostics());
      }
    }
    try {
      found.addAll(ShellCheck.run(jobs));
    } catch (IOException e) {
      found.add(
          Diagnostic.error(
              Code.P319, Span.ofFile(packFile), "ShellCheck could not run: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return found;
  }

  /** Every supported cell compiled with one example: a ShellCheck job each, or its errors. */
  private static void compileAll(
      PackModel model,
      SupportMatrix matrix,
      Supplied values,
      Path example,
      SourceFile packFile,
      List<ShellCheck.Job> jobs,
      List<Diagnostic> found) {
    CellCompiler compiler = new CellCompiler(model);
    for (SupportMatrix.Entry entry : matrix.entries()) {
      if (!entry.supported()) {
        continue;
      }
      InCell cell = InCell.withExample(entry.cell(), example.getFileName().toString());
      try {
        CellCompiler.Compiled script =
            compiler.compile(
                entry.operation(), entry.cell(), values, false, CellCompiler.DEFAULT_MAX_BYTES);
        Template head =
            Resolver.resolve(model.templatesOf(entry.operation()), entry.cell())
                    instanceof Resolution.Chosen c
                ? c.template()
                : null;
        jobs.add(
            new ShellCheck.Job(script, cell, head == null ? Span.ofFile(packFile) : head.header()));
      } catch (Failure e) {
        for (Diagnostic d : e.diagnostics()) {
          found.add(d.code() == Code.P506 ? skipped(d, example, entry) : d.inCell(cell));
        }
      }
    }
  }

  /** An example whose values fail a cell's precondition is not for that cell: a note. */
  private static Diagnostic skipped(Diagnostic d, Path example, SupportMatrix.Entry entry) {
    return Diagnostic.note(
            Code.P506,
            d.span(),
            "example "
                + example.getFileName()
                + " skipped for '"
                + entry.operation()
                + "': "
                + d.message())
        .inCell(InCell.of(entry.cell()));
  }

  private static List<Path> examples(Path folder) {
    Path dir = folder.resolve("examples");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
