package dev.plumb.resolve;

import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a child whose {@code %extends} names no template is told (P408): the templates it could
 * extend, each with the exact {@code %extends} line that names it.
 */
final class Parents {
  /** Templates listed at most. */
  private static final int LISTED = 4;

  private Parents() {}

  static Diagnostic missing(Template child, List<Template> templates) {
    Template.Extends named = child.parent();
    String operation = named.operation();
    String message =
        named.when().choices().isEmpty()
            ? "no template of '" + operation + "' has a header without 'when'"
            : "no template of '" + operation + "' has exactly 'when " + named.when() + "'";
    List<Template> ofOperation = new ArrayList<>();
    for (Template t : templates) {
      if (t != child && t.operation().equals(operation)) {
        ofOperation.add(t);
      }
    }
    return Diagnostic.error(Code.P408, named.span(), message)
        .withHint(hint(child, operation, ofOperation, templates));
  }

  private static String hint(
      Template child, String operation, List<Template> ofOperation, List<Template> templates) {
    if (ofOperation.isEmpty()) {
      Set<String> operations = new LinkedHashSet<>();
      templates.forEach(t -> operations.add(t.operation()));
      String near = Suggest.hint(operation, operations);
      return "no template implements '" + operation + "'" + (near != null ? "; " + near : "");
    }
    List<Template> parents = new ArrayList<>();
    for (Template t : ofOperation) {
      if (Inheritance.covers(t.when(), child.when())) {
        parents.add(t);
      }
    }
    if (!parents.isEmpty()) {
      return "'%extends' names its parent by operation and the exact 'when' of its header: write "
          + listed(parents, true);
    }
    return "'%extends' names its parent by operation and the exact 'when' of its header, and no"
        + " template of '"
        + operation
        + "' serves every cell this one serves; its templates: "
        + listed(ofOperation, false);
  }

  /** {@code '%extends start when hypervisor = bhyve' (bhyve/start.plumb) or …}. */
  private static String listed(List<Template> templates, boolean alternatives) {
    List<String> shown = new ArrayList<>();
    for (Template t : templates.subList(0, Math.min(LISTED, templates.size()))) {
      shown.add("'" + line(t) + "' (" + t.file().path() + ")");
    }
    if (templates.size() > LISTED) {
      shown.add((templates.size() - LISTED) + " more");
    }
    String last = shown.remove(shown.size() - 1);
    String joint = alternatives ? " or " : " and ";
    return shown.isEmpty() ? last : String.join(", ", shown) + joint + last;
  }

  /** The {@code %extends} line that names {@code t}. */
  private static String line(Template t) {
    String when = t.when().toString();
    return "%extends " + t.operation() + (when.isEmpty() ? "" : " when " + when);
  }
}
