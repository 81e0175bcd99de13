package dev.plumb.lint;

import dev.plumb.ast.Template;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Diagnostic;
import dev.plumb.pipeline.Matrices;
import dev.plumb.pipeline.PackFiles;
import dev.plumb.pipeline.PackLoader;
import dev.plumb.pipeline.PackModel;
import dev.plumb.resolve.Cells;
import dev.plumb.resolve.Resolution;
import dev.plumb.resolve.Resolver;
import dev.plumb.source.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code plumb lint}: everything loading finds, plus the warnings (unused declarations, unreachable
 * code, dead or impossible preconditions, useless overrides), each finding once and naming its cell
 * when only some cells reach it; optionally ShellCheck on every supported cell compiled with the
 * pack's example values. A matrix too large to walk is an error (P415), after what needs no cell.
 */
public final class Linter {
  private Linter() {}

  public static List<Diagnostic> run(Path folder, String shown, boolean shellcheck) {
    return run(PackLoader.load(PackFiles.read(folder, shown)), folder, shown, shellcheck);
  }

  /**
   * As {@link #run(Path, String, boolean)}, on a pack already loaded from {@code folder}: an editor
   * keeps the model it loaded (with its unsaved files) to answer questions about it too.
   */
  public static List<Diagnostic> run(
      Checked<PackModel> loaded, Path folder, String shown, boolean shellcheck) {
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    PackModel model = loaded.value();
    if (model == null) {
      return PackLoader.sorted(once(all));
    }
    Diagnostic tooMany = Cells.tooMany(model.declarations());
    LintContext pack =
        new LintContext(
            model,
            loaded.ok(),
            tooMany == null ? served(model) : Map.of(),
            tooMany == null ? Matrices.of(model) : null,
            folder,
            shown);
    List<LintCheck> checks = new ArrayList<>(List.of(new UsageCheck(), new OverridesCheck()));
    if (tooMany != null) {
      // what needs no cell is checked; the rest would walk more cells than memory holds
      checks.forEach(c -> all.addAll(c.run(pack)));
      all.add(tooMany);
      return PackLoader.sorted(once(all));
    }
    ReachCheck reach = new ReachCheck(model.declarations());
    checks.addAll(List.of(new OutrankedCheck(), new SupportCheck(), reach));
    checks.forEach(c -> all.addAll(c.run(pack)));
    List<Diagnostic> named = new ArrayList<>(all.stream().map(reach::withCell).toList());
    named.addAll(new PathsCheck().run(pack));
    if (shellcheck) {
      named.addAll(new ShellCheckCheck().run(pack));
    }
    return PackLoader.sorted(once(named));
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
  private static Map<Template, List<Point>> served(PackModel model) {
    Map<Template, List<Point>> served = new IdentityHashMap<>();
    for (Point cell : Cells.all(model.declarations().axes())) {
      if (model.declarations().excluding(cell) != null) {
        continue;
      }
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
}
