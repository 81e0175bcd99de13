package dev.plumb.resolve;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Node;
import dev.plumb.ast.Selector;
import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each template to the parent its {@code %extends} names (the template of that operation
 * whose {@code when} is exactly the given one) and builds every template's chain, child first.
 * Reports a missing parent (P408), a cycle (P411), and a parent that does not serve every cell its
 * child serves (P412).
 */
public final class Inheritance {
  private Inheritance() {}

  /**
   * Each template's chain, child first; a template in error gets a chain of itself alone. A child
   * of one of {@code unread} (a template whose file has errors, reported there) is not reported.
   */
  public static Map<Template, List<Template>> chains(
      List<Template> templates, List<Template> unread, List<Diagnostic> errors) {
    Map<String, Template> byKey = new HashMap<>();
    for (Template t : templates) {
      byKey.putIfAbsent(key(t.operation(), t.when()), t);
    }
    Set<String> unreadKeys = new HashSet<>();
    unread.forEach(t -> unreadKeys.add(key(t.operation(), t.when())));
    Map<Template, Template> parents = new IdentityHashMap<>();
    for (Template t : templates) {
      if (t.parent() == null) {
        continue;
      }
      String parentKey = key(t.parent().operation(), t.parent().when());
      Template parent = byKey.get(parentKey);
      if (parent == null && unreadKeys.contains(parentKey)) {
        continue;
      }
      if (parent == null) {
        errors.add(Parents.missing(t, templates));
      } else if (!covers(parent.when(), t.when())) {
        errors.add(
            Diagnostic.error(
                    Code.P412,
                    t.parent().span(),
                    "the parent "
                        + parent.file().path()
                        + " does not serve every cell this template serves")
                .withHint("a child's 'when' must admit only cells its parent's 'when' admits"));
      } else {
        parents.put(t, parent);
      }
    }
    Map<Template, List<Template>> chains = new IdentityHashMap<>();
    Set<Template> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Template t : templates) {
      List<Template> chain = new ArrayList<>();
      Set<Template> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Template at = t; at != null; at = parents.get(at)) {
        if (!seen.add(at)) {
          if (!reported.contains(at)) {
            for (Template member = at; reported.add(member); member = parents.get(member)) {
              // every member of the cycle: it is reported once, here
            }
            errors.add(
                Diagnostic.error(
                        Code.P411,
                        at.parent().span(),
                        "'%extends' forms a cycle: " + cycle(at, parents))
                    .withHint("a template cannot inherit from itself, directly or through others"));
          }
          chain = List.of(t);
          break;
        }
        chain.add(at);
      }
      chains.put(t, List.copyOf(chain));
    }
    return chains;
  }

  private static String key(String operation, Selector when) {
    return operation + " " + when.key();
  }

  /** Every block a child overrides must exist in one of its ancestors (P409). */
  public static void checkOverrides(Map<Template, List<Template>> chains, List<Diagnostic> errors) {
    for (List<Template> chain : chains.values()) {
      Template child = chain.get(0);
      if (child.parent() == null || chain.size() < 2) {
        continue;
      }
      Set<String> inherited = new LinkedHashSet<>();
      for (Template ancestor : chain.subList(1, chain.size())) {
        inherited.addAll(Blocks.all(ancestor.body()).keySet());
      }
      for (Node node : child.body()) {
        if (node instanceof Node.Block b && !inherited.contains(b.name())) {
          errors.add(
              Diagnostic.error(
                      Code.P409,
                      b.span(),
                      "no parent of this template has a block '" + b.name() + "'")
                  .withHint(
                      inherited.isEmpty()
                          ? "the parents define no blocks"
                          : orList(
                              Suggest.hint(b.name(), inherited),
                              "their blocks are " + String.join(", ", inherited))));
        }
      }
    }
  }

  private static String orList(String hint, String otherwise) {
    return hint != null ? hint : otherwise;
  }

  private static String cycle(Template start, Map<Template, Template> parents) {
    Set<String> names = new LinkedHashSet<>();
    Template at = start;
    do {
      names.add(at.file().path());
      at = parents.get(at);
    } while (at != null && at != start);
    return String.join(" extends ", names) + " extends " + start.file().path();
  }

  /** Whether every cell {@code child} admits is admitted by {@code parent}. */
  static boolean covers(Selector parent, Selector child) {
    for (Selector.Choice p : parent.choices()) {
      Selector.Choice c =
          child.choices().stream().filter(x -> x.axis().equals(p.axis())).findFirst().orElse(null);
      if (c == null || !p.values().containsAll(c.values())) {
        return false;
      }
    }
    return true;
  }
}
