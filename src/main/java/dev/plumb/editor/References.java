package dev.plumb.editor;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Expr;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Walk;
import dev.plumb.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;

/**
 * Every place that names what a place names: a variable's or computed value's uses in the pack's
 * templates, fragments and manifest (a name or dotted chain spelt like it), and a fragment's {@code
 * %include}s, a block's overrides in descendants; with the declaration first when asked for.
 */
final class References {
  private References() {}

  /** What the references are of: a value by its dotted name, or a fragment by its name. */
  private sealed interface Named {
    record Value(String name) implements Named {}

    record Fragment(String name) implements Named {}
  }

  /** The spans that name what {@code position} of {@code file} names; empty when it names none. */
  static List<Span> at(Snapshot snapshot, Path file, Position position, boolean declaration) {
    Lookup lookup = Questions.lookup(snapshot, file, position);
    if (lookup != null && lookup.target() instanceof Target.Block b) {
      return BlockLinks.overrides(snapshot.model(), b.template(), b.block(), declaration);
    }
    if (lookup != null && lookup.target() instanceof Target.AxisValue v) {
      return AxisValueReferences.of(snapshot, v.axis(), v.value(), declaration);
    }
    if (lookup != null && lookup.target() instanceof Target.Super s) {
      // a %super names the block it runs: its references are that block's
      return BlockLinks.superseded(snapshot.model(), s.template(), s.block(), declaration);
    }
    Named named = named(snapshot, file, position);
    List<Span> found = new ArrayList<>();
    if (named instanceof Named.Value v) {
      if (declaration) {
        Span declared = Definitions.of(new Target.Value(v.name(), null), snapshot);
        if (declared != null) {
          found.add(declared);
        }
      }
      units(snapshot).forEach(u -> Walk.expressions(u.body(), e -> use(e, v.name(), found)));
      Manifest manifest = snapshot.manifest();
      if (manifest != null) {
        manifest.lets().forEach(l -> Walk.subexpressions(l.value(), e -> use(e, v.name(), found)));
      }
    } else if (named instanceof Named.Fragment f) {
      Fragment fragment = snapshot.model().fragmentsByName().get(f.name());
      if (declaration && fragment != null) {
        found.add(fragment.header());
      }
      for (Unit unit : units(snapshot)) {
        Blocks.includes(unit.body()).stream()
            .filter(include -> include.fragment().equals(f.name()))
            .forEach(include -> found.add(include.span()));
      }
    }
    return found;
  }

  private static void use(Expr e, String name, List<Span> found) {
    if (name.equals(e instanceof Expr.Field || e instanceof Expr.Name ? Expr.dotted(e) : null)) {
      found.add(e.span());
    }
  }

  static List<Unit> units(Snapshot snapshot) {
    List<Unit> all = new ArrayList<>(snapshot.model().templates());
    all.addAll(snapshot.model().fragments());
    return all;
  }

  private static Named named(Snapshot snapshot, Path file, Position position) {
    Manifest manifest = snapshot.manifest();
    if (manifest != null && file.equals(snapshot.root().resolve(PackRoot.MANIFEST).normalize())) {
      Positions.Place place = Positions.place(manifest.file(), position);
      for (Manifest.Var v : manifest.vars()) {
        if (place.in(v.span())) {
          return new Named.Value(v.name());
        }
      }
      for (Manifest.Let l : manifest.lets()) {
        if (place.in(l.span())) {
          return new Named.Value(l.name());
        }
      }
      return null;
    }
    Lookup found = Questions.lookup(snapshot, file, position);
    if (found == null) {
      return null;
    }
    if (found.unit() instanceof Fragment f && Positions.place(f.file(), position).in(f.header())) {
      return new Named.Fragment(f.name());
    }
    if (found.target() instanceof Target.Value v) {
      return new Named.Value(v.name());
    }
    if (found.target() instanceof Target.Include i) {
      return new Named.Fragment(i.include().fragment());
    }
    return null;
  }
}
