package dev.plumb.check;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An {@code %include} chain that comes back to where it started would never end (P413). */
public final class Includes {
  private Includes() {}

  public static void checkCycles(Map<String, FragmentSignature> fragments, List<Diagnostic> errors) {
    Set<String> reported = new HashSet<>();
    for (String start : fragments.keySet()) {
      List<String> path = new ArrayList<>();
      path.add(start);
      visit(start, start, path, fragments, errors, reported);
    }
  }

  private static void visit(String start, String at, List<String> path, Map<String, FragmentSignature> fragments,
      List<Diagnostic> errors, Set<String> reported) {
    FragmentSignature signature = fragments.get(at);
    if (signature == null) {
      return;
    }
    for (Node.Include include : Blocks.includes(signature.fragment().body())) {
      String next = include.fragment();
      if (next.equals(start)) {
        if (reported.add(Set.copyOf(path).toString())) {
          errors.add(Diagnostic.error(Code.P413, include.span(),
                  "including '" + next + "' here makes a cycle: " + String.join(" includes ", path) + " includes " + next)
              .withHint("a fragment cannot include itself, directly or through others"));
        }
      } else if (!path.contains(next) && fragments.containsKey(next)) {
        path.add(next);
        visit(start, next, path, fragments, errors, reported);
        path.remove(path.size() - 1);
      }
    }
  }
}
