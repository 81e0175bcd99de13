package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import dev.plumb.pipeline.CellCompiler;
import dev.plumb.pipeline.Matrices;
import dev.plumb.pipeline.PackFiles;
import dev.plumb.pipeline.PackLoader;
import dev.plumb.pipeline.PackModel;
import dev.plumb.pipeline.SupportMatrix;
import dev.plumb.resolve.Cells;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.values.Supplied;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code plumb lint}: everything loading finds, plus the warnings (unused declarations, unreachable
 * code, dead or impossible preconditions, useless overrides), each finding once and naming its cell
 * when only some cells reach it; optionally ShellCheck on every supported cell compiled with the
 * pack's example values. A matrix too large to walk is an error (P415), after what needs no cell.
 */
public final class Linter {
  private Linter() {}

  public static List<Diagnostic> run(Path folder, String shown, boolean shellcheck) {
    Checked<PackModel> loaded = PackLoader.load(PackFiles.read(folder, shown));
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    PackModel model = loaded.value();
    if (model != null) {
      List<Unit> units = new ArrayList<>(model.templates());
      units.addAll(model.fragments());
      all.addAll(Usage.check(model.declarations(), units, model.fragments()));
      all.addAll(Overrides.check(model.templates().stream().map(model::chain).toList()));
      Diagnostic tooMany = Cells.tooMany(model.declarations());
      if (tooMany != null) {
        // what needs no cell was checked; the rest would walk more cells than memory holds
        all.add(tooMany);
        return PackLoader.sorted(once(all));
      }
      Map<Template, List<Map<String, String>>> served = served(model);
      Lints lints = new Lints(model.declarations());
      for (Template t : model.templates()) {
        lints.template(t, served.getOrDefault(t, List.of()));
        if (served.getOrDefault(t, List.of()).isEmpty() && loaded.ok()) {
          all.add(
              Diagnostic.warning(Code.P220, t.header(), "no cell is served by this template")
                  .withHint("in every cell its 'when' admits, a more specific template wins"));
        }
      }
      all.addAll(lints.warnings());
      all = new ArrayList<>(all.stream().map(lints::withCell).toList());
      if (loaded.ok()) {
        all.addAll(paths(model));
      }
      if (shellcheck && loaded.ok()) {
        all.addAll(shellcheck(model, folder, shown));
      }
    }
    return PackLoader.sorted(once(all));
  }

  /**
   * Each finding once: the same message at the same place is one finding, whichever cells hit it.
   */
  private static List<Diagnostic> once(List<Diagnostic> all) {
    Map<List<Object>, Diagnostic> first = new LinkedHashMap<>();
    for (Diagnostic d : all) {
      first.putIfAbsent(List.of(d.code(), d.severity(), d.span(), d.message()), d);
    }
    return new ArrayList<>(first.values());
  }

  /** For each template, the cells whose chosen chain contains it, over every operation. */
  private static Map<Template, List<Map<String, String>>> served(PackModel model) {
    Map<Template, List<Map<String, String>>> served = new IdentityHashMap<>();
    for (Map<String, String> cell : Cells.all(model.declarations().axes())) {
      for (String operation : model.declarations().operations()) {
        if (Resolver.resolve(model.templatesOf(operation), cell)
            instanceof Resolution.Chosen chosen) {
          for (Template t : model.chain(chosen.template())) {
            served.computeIfAbsent(t, k -> new ArrayList<>()).add(cell);
          }
        }
      }
    }
    return served;
  }

  /**
   * The shell reading of every path each supported cell may take, named by the first cell found.
   */
  private static List<Diagnostic> paths(PackModel model) {
    List<Diagnostic> found = new ArrayList<>();
    for (SupportMatrix.Entry entry : Matrices.of(model).entries()) {
      if (entry.supported()
          && Resolver.resolve(model.templatesOf(entry.operation()), entry.cell())
              instanceof Resolution.Chosen c) {
        for (Diagnostic d :
            CellPaths.check(
                model.chain(c.template()),
                entry.cell(),
                model.fragmentsByName(),
                model.declarations(),
                model.texts()::get)) {
          found.add(d.inCell(entry.operation() + " " + Cells.show(entry.cell())));
        }
      }
    }
    return found;
  }

  private static List<Diagnostic> shellcheck(PackModel model, Path folder, String shown) {
    SourceFile packFile = new SourceFile(shown, "");
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
    CellCompiler compiler = new CellCompiler(model);
    List<SupportMatrix.Entry> supported =
        Matrices.of(model).entries().stream().filter(SupportMatrix.Entry::supported).toList();
    for (Path example : examples(folder)) {
      Supplied values;
      try {
        values = Supplied.fromJson(example, shown + "/examples/" + example.getFileName());
      } catch (Failure e) {
        found.addAll(e.diagnostics());
        continue;
      }
      for (SupportMatrix.Entry entry : supported) {
        String cell = Cells.show(entry.cell()) + " with " + example.getFileName();
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
              new ShellCheck.Job(
                  script, cell, head == null ? Span.ofFile(packFile) : head.header()));
        } catch (Failure e) {
          for (Diagnostic d : e.diagnostics()) {
            found.add(
                d.code() == Code.P506
                    ? new Diagnostic(
                        Code.P506,
                        dev.plumb.diag.Severity.NOTE,
                        d.span(),
                        "example "
                            + example.getFileName()
                            + " skipped for '"
                            + entry.operation()
                            + "': "
                            + d.message(),
                        null,
                        Cells.show(entry.cell()))
                    : d.inCell(cell));
          }
        }
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
