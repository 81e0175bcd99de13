package dev.plumb.editor;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.source.Span;
import java.util.List;

/**
 * Where what a place names is declared: a variable's or field's line of the manifest, an axis', a
 * fragment's header, the parent template's header, the block an override or a {@code %super}
 * replaces.
 */
final class Definitions {
  private Definitions() {}

  /** The declaration's span, or null when there is none to go to. */
  static Span of(Target target, Snapshot snapshot) {
    Declarations declarations = snapshot.model().declarations();
    if (target instanceof Target.Value v) {
      Declarations.Variable variable = declarations.variables().get(v.name());
      if (variable != null) {
        return variable.span();
      }
      Declarations.Computed computed = declarations.computed().get(v.name());
      return computed == null ? null : computed.span();
    }
    if (target instanceof Target.Field f) {
      return field(snapshot.manifest(), f.recordType().name(), f.field());
    }
    if (target instanceof Target.Axis a) {
      return a.axis().span();
    }
    if (target instanceof Target.AxisValue v) {
      return v.axis().span();
    }
    if (target instanceof Target.Include i) {
      Fragment fragment = snapshot.model().fragmentsByName().get(i.include().fragment());
      return fragment == null ? null : fragment.header();
    }
    if (target instanceof Target.Parent p) {
      List<Template> chain = snapshot.model().chain(p.child());
      return chain.size() < 2 ? null : chain.get(1).header();
    }
    if (target instanceof Target.Block b) {
      return BlockLinks.overridden(snapshot.model(), b.template(), b.block());
    }
    if (target instanceof Target.Super s) {
      return BlockLinks.overridden(snapshot.model(), s.template(), s.block());
    }
    return null;
  }

  private static Span field(Manifest manifest, String record, String field) {
    if (manifest == null) {
      return null;
    }
    for (Manifest.RecordDecl declared : manifest.types()) {
      if (declared.name().equals(record)) {
        for (Manifest.FieldDecl each : declared.fields()) {
          if (each.name().equals(field)) {
            return each.span();
          }
        }
      }
    }
    return null;
  }
}
