package dev.plumb.pipeline;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.check.Declarations;
import dev.plumb.check.FragmentSignature;
import dev.plumb.check.Headers;
import dev.plumb.check.HoleTypes;
import dev.plumb.check.Includes;
import dev.plumb.check.ManifestChecker;
import dev.plumb.check.Nesting;
import dev.plumb.check.Placement;
import dev.plumb.check.Signatures;
import dev.plumb.check.shell.FileReading;
import dev.plumb.check.shell.UnitText;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.resolve.Ambiguity;
import dev.plumb.resolve.Inheritance;
import dev.plumb.source.Span;
import dev.plumb.syntax.Syntax;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline that loads a pack: parse every file, check the manifest, link templates to their
 * parents, check each body's structure, types and shell text (independent analyses: all of them
 * always run), find ambiguous cells, and keep what compiling a cell needs, so that it never parses
 * or checks again.
 */
public final class PackLoader {
  private PackLoader() {}

  public static Checked<PackModel> load(PackFiles files) {
    List<Diagnostic> errors = new ArrayList<>(files.errors());
    if (files.errors().stream().anyMatch(d -> d.code() == Code.P401)) {
      return new Checked<>(null, errors);
    }
    Checked<Manifest> manifest = Syntax.readManifest(files.manifest());
    errors.addAll(manifest.diagnostics());
    List<Template> templates = new ArrayList<>();
    List<Fragment> fragments = new ArrayList<>();
    // files read only in part: what follows from their errors is not reported again elsewhere
    List<Unit> partial = new ArrayList<>();
    boolean whole = files.errors().isEmpty();
    for (Syntax.Read read : files.units().parallelStream().map(Syntax::readUnit).toList()) {
      errors.addAll(read.diagnostics());
      if (read.unit() instanceof Template t) {
        templates.add(t);
      } else if (read.unit() instanceof Fragment f) {
        fragments.add(f);
      } else if (read.partial() != null) {
        partial.add(read.partial());
      } else {
        whole = false;
      }
    }
    if (manifest.value() == null) {
      return new Checked<>(null, sorted(errors));
    }
    Checked<Declarations> declarations = ManifestChecker.check(manifest.value());
    errors.addAll(declarations.diagnostics());
    Declarations decls = declarations.value();
    Map<String, FragmentSignature> signatures = Signatures.of(decls, fragments, errors);
    List<Unit> units = new ArrayList<>(templates);
    units.addAll(fragments);
    Includes.checkCycles(signatures, errors);
    Unread unread = new Unread(partial, whole);
    Map<Template, List<Template>> chains =
        Inheritance.chains(templates, unread.templates(), errors);
    Inheritance.checkOverrides(chains, errors);
    Nesting.check(chains, signatures, errors);
    // each body's checks are independent of the others': they run on all cores
    Map<String, Span> lets = lets(units);
    List<Checked<UnitText>> checked =
        units.parallelStream()
            .map(unit -> check(decls, signatures, lets, unread.fragmentNames(), unit))
            .toList();
    Map<Unit, UnitText> texts = new IdentityHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      errors.addAll(checked.get(i).diagnostics());
      texts.put(units.get(i), checked.get(i).value());
    }
    // a template read only in part still settles the ties in its cells, which its errors leave
    List<Template> all = new ArrayList<>(templates);
    all.addAll(unread.templates());
    Ambiguity.sameWhen(all, errors);
    Ambiguity.check(decls, all, errors);
    PackModel model =
        new PackModel(decls, templates, fragments, texts, chains, files.relative(), unread);
    return new Checked<>(model, sorted(errors));
  }

  /** The checks of one body: header, structure, types and shell text (all run, whatever fails). */
  private static Checked<UnitText> check(
      Declarations decls,
      Map<String, FragmentSignature> signatures,
      Map<String, Span> lets,
      Set<String> unreadFragments,
      Unit unit) {
    List<Diagnostic> errors = new ArrayList<>();
    if (unit instanceof Template t) {
      Headers.check(decls, t, errors);
    }
    Placement.check(decls, unit, errors);
    Map<Integer, Type> holeTypes =
        HoleTypes.of(decls, signatures, lets, unreadFragments, unit, errors);
    FileReading.Result shell = FileReading.read(unit, holeTypes);
    errors.addAll(shell.diagnostics());
    return new Checked<>(shell.text(), errors);
  }

  /** The first {@code %let} of each name in the pack's files, in pack order. */
  private static Map<String, Span> lets(List<Unit> units) {
    Map<String, Span> lets = new HashMap<>();
    for (Unit unit : units) {
      for (Node node : Walk.statements(unit.body())) {
        if (node instanceof Node.Let let) {
          lets.putIfAbsent(let.name(), let.span());
        }
      }
    }
    return lets;
  }

  public static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(Diagnostics.ORDER);
    return copy;
  }
}
