package dev.plumb.editor;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Manifest;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.check.shell.UnitText;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What hover tells of a place: the declaration of what it names (a variable's type, default and doc
 * string, an axis value's axis, a field's type, a function's signature, the cells a template's
 * header serves), and the type of the hole it is in, as the checker found it.
 */
final class Hovers {
  private Hovers() {}

  /** The hover at {@code found} in {@code snapshot}, or null when there is nothing to tell. */
  static Hover of(Lookup found, Snapshot snapshot) {
    List<String> parts = new ArrayList<>();
    Declarations declarations = snapshot.model().declarations();
    if (found.target() != null) {
      String told = tell(found.target(), declarations, snapshot);
      if (told != null) {
        parts.add(told);
      }
    }
    if (found.hole() != null) {
      Type type = holeType(found, snapshot);
      if (type != null) {
        parts.add("hole: `" + type.display() + "`");
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    Hover hover =
        new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)));
    hover.setRange(
        Positions.range(found.target() != null ? found.target().at() : found.hole().span()));
    return hover;
  }

  private static Type holeType(Lookup found, Snapshot snapshot) {
    UnitText text = snapshot.model().texts().get(found.unit());
    return text == null ? null : text.holeTypes().get(found.hole().index());
  }

  private static String tell(Target target, Declarations declarations, Snapshot snapshot) {
    if (target instanceof Target.Value v) {
      return value(v.name(), declarations, snapshot.manifest());
    }
    if (target instanceof Target.Field f) {
      Type type = f.recordType().fields().get(f.field());
      return code("field " + f.field() + " : " + type.display())
          + "of record `"
          + f.recordType().name()
          + "`";
    }
    if (target instanceof Target.Axis a) {
      return code("axis " + a.axis().name() + " = " + String.join(" | ", a.axis().values()));
    }
    if (target instanceof Target.AxisValue v) {
      return code(v.value())
          + "a value of axis `"
          + v.axis().name()
          + "` ("
          + String.join(" | ", v.axis().values())
          + ")";
    }
    if (target instanceof Target.Function f) {
      String signature = Functions.SIGNATURES.get(f.name());
      return signature == null ? null : code(signature);
    }
    if (target instanceof Target.Include i) {
      return fragment(snapshot.model().fragmentsByName().get(i.include().fragment()));
    }
    if (target instanceof Target.Parent p) {
      List<Template> chain = snapshot.model().chain(p.child());
      return chain.size() < 2 ? null : "parent: `" + snapshot.model().relative(chain.get(1)) + "`";
    }
    if (target instanceof Target.Header h) {
      return HeaderHover.of(snapshot.model(), h.template());
    }
    return null;
  }

  /** {@code var vm.cpus : int 1..64 = 1}, then its doc string. */
  private static String value(String name, Declarations declarations, Manifest manifest) {
    Declarations.Variable variable = declarations.variables().get(name);
    if (variable == null) {
      Declarations.Computed computed = declarations.computed().get(name);
      return code("let " + name + " : " + computed.type().display()) + doc(computed.doc());
    }
    // as the manifest writes them: the type with its bounds, the default as a constant
    String type = variable.type().display();
    String written = null;
    if (manifest != null) {
      for (Manifest.Var var : manifest.vars()) {
        if (var.name().equals(name)) {
          type = orElse(var.type().span().text(), type);
          written = var.defaultValue() == null ? null : var.defaultValue().span().text();
        }
      }
    }
    String line =
        "var "
            + name
            + " : "
            + type
            + (written == null || written.isEmpty() ? "" : " = " + written);
    String required =
        variable.required() ? "required" : variable.defaultValue() != null ? "" : "optional";
    return code(line) + doc(variable.doc()) + (required.isEmpty() ? "" : "\n\n*" + required + "*");
  }

  private static String orElse(String text, String otherwise) {
    return text == null || text.isEmpty() ? otherwise : text;
  }

  private static String fragment(Fragment fragment) {
    if (fragment == null) {
      return null;
    }
    return code(fragment.header().text());
  }

  private static String doc(String doc) {
    return doc == null || doc.isEmpty() ? "" : doc;
  }

  private static String code(String text) {
    return "```plumb\n" + text + "\n```\n";
  }
}
