package dev.plumb.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@code %block}s of a body, at any depth, and its {@code %include}s; and which template
 * of an inheritance chain defines the block a cell runs.
 */
public final class Blocks {
  private Blocks() {}

  /** A block as one template of a chain writes it, and that template's index in the chain. */
  public record Definition(Node.Block block, int index) {}

  /**
   * The block named {@code name} as the most derived template of {@code chain} (child first)
   * overrides it at the top level of its body, or null when none does: the root's own stands.
   */
  public static Definition override(List<Template> chain, String name) {
    for (int i = 0; i < chain.size() - 1; i++) {
      for (Node node : chain.get(i).body()) {
        if (node instanceof Node.Block override && override.name().equals(name)) {
          return new Definition(override, i);
        }
      }
    }
    return null;
  }

  /**
   * What {@code %super} runs inside {@code current}: the same block as the next ancestor defines
   * it, or null when none does.
   */
  public static Definition above(List<Template> chain, Definition current) {
    for (int j = current.index() + 1; j < chain.size(); j++) {
      Node.Block definition = all(chain.get(j).body()).get(current.block().name());
      if (definition != null) {
        return new Definition(definition, j);
      }
    }
    return null;
  }

  /** Every block of the body by name, outer blocks before the blocks inside them. */
  public static Map<String, Node.Block> all(List<Node> body) {
    Map<String, Node.Block> found = new LinkedHashMap<>();
    for (Node node : Walk.statements(body)) {
      if (node instanceof Node.Block b) {
        found.putIfAbsent(b.name(), b);
      }
    }
    return found;
  }

  /** Every {@code %include} of the body, in order. */
  public static List<Node.Include> includes(List<Node> body) {
    List<Node.Include> found = new ArrayList<>();
    for (Node node : Walk.statements(body)) {
      if (node instanceof Node.Include include) {
        found.add(include);
      }
    }
    return found;
  }
}
