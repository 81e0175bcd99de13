package dev.plumb.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the {@code %block}s of a body, at any depth, and its {@code %include}s. */
public final class Blocks {
  private Blocks() {}

  /** Every block of the body by name, outer blocks before the blocks inside them. */
  public static Map<String, Node.Block> all(List<Node> body) {
    Map<String, Node.Block> found = new LinkedHashMap<>();
    walk(body, found, new ArrayList<>());
    return found;
  }

  /** Every {@code %include} of the body, in order. */
  public static List<Node.Include> includes(List<Node> body) {
    List<Node.Include> found = new ArrayList<>();
    walk(body, new LinkedHashMap<>(), found);
    return found;
  }

  private static void walk(
      List<Node> body, Map<String, Node.Block> blocks, List<Node.Include> includes) {
    for (Node node : body) {
      if (node instanceof Node.Block b) {
        blocks.putIfAbsent(b.name(), b);
        walk(b.body(), blocks, includes);
      } else if (node instanceof Node.If i) {
        for (Node.Branch branch : i.branches()) {
          walk(branch.body(), blocks, includes);
        }
        if (i.otherwise() != null) {
          walk(i.otherwise(), blocks, includes);
        }
      } else if (node instanceof Node.Each e) {
        walk(e.body(), blocks, includes);
      } else if (node instanceof Node.Include inc) {
        includes.add(inc);
      }
    }
  }
}
