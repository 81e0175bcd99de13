package dev.plumb.check;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An {@code %include} chain that comes back to where it started would never end (P413). */
public final class Includes {
  private Includes() {}

  /**
   * Reports the first cycle through each fragment that no cycle reported so far passes through
   * (each set of fragments once). The search is iterative and visits each fragment once per start:
   * a chain of thousands of fragments, or includes that branch and join again, cannot make it
   * overflow the stack or take exponential time.
   */
  public static void checkCycles(
      Map<String, FragmentSignature> fragments, List<Diagnostic> errors) {
    Map<String, List<Node.Include>> includes = new HashMap<>();
    fragments.forEach(
        (name, signature) -> includes.put(name, Blocks.includes(signature.fragment().body())));
    Set<String> reported = new HashSet<>();
    Set<String> onReportedCycle = new HashSet<>();
    for (String start : fragments.keySet()) {
      if (!onReportedCycle.contains(start)) {
        firstCycle(start, includes, errors, reported, onReportedCycle);
      }
    }
  }

  /** One fragment being searched: its includes and the next one to follow. */
  private static final class Frame {
    final String name;
    final List<Node.Include> includes;
    int next;

    Frame(String name, List<Node.Include> includes) {
      this.name = name;
      this.includes = includes;
    }
  }

  private static void firstCycle(
      String start,
      Map<String, List<Node.Include>> fragments,
      List<Diagnostic> errors,
      Set<String> reported,
      Set<String> onReportedCycle) {
    Set<String> visited = new HashSet<>();
    visited.add(start);
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(start, fragments.get(start)));
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.next == top.includes.size()) {
        stack.pop();
        continue;
      }
      Node.Include include = top.includes.get(top.next++);
      String next = include.fragment();
      if (next.equals(start)) {
        List<String> path = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(frame -> path.add(frame.name));
        onReportedCycle.addAll(path);
        if (reported.add(new TreeSet<>(path).toString())) {
          errors.add(
              Diagnostic.error(
                      Code.P413,
                      include.span(),
                      "including '"
                          + next
                          + "' here makes a cycle: "
                          + String.join(" includes ", path)
                          + " includes "
                          + next)
                  .withHint("a fragment cannot include itself, directly or through others"));
        }
        return;
      }
      if (fragments.containsKey(next) && visited.add(next)) {
        stack.push(new Frame(next, fragments.get(next)));
      }
    }
  }
}
