package dev.plumb.resolve;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.check.Declarations;
import dev.plumb.check.Structure;
import dev.plumb.evaluate.Conditions;
import java.util.List;
import java.util.Map;

/**
 * Whether a resolved template supports a cell: it does unless an {@code %unsupported} is reached
 * through blocks and {@code %if}s on axes alone, which the cell decides without values (the checker
 * allows it nowhere else).
 */
public final class Support {
  private final List<Template> chain;
  private final Map<String, String> cell;
  private final Declarations declarations;

  private Support(List<Template> chain, Map<String, String> cell, Declarations declarations) {
    this.chain = chain;
    this.cell = cell;
    this.declarations = declarations;
  }

  /** The {@code %unsupported} the cell reaches, or null when it is supported. */
  public static Node.Unsupported unsupported(
      List<Template> chain, Map<String, String> cell, Declarations declarations) {
    return new Support(chain, cell, declarations).scan(chain.get(chain.size() - 1).body());
  }

  private Node.Unsupported scan(List<Node> body) {
    for (Node node : body) {
      Node.Unsupported reason = null;
      if (node instanceof Node.Unsupported u) {
        return u;
      } else if (node instanceof Node.Block b) {
        reason = scan(override(b).body());
      } else if (node instanceof Node.If i) {
        reason = scanIf(i);
      }
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private Node.Unsupported scanIf(Node.If node) {
    for (Node.Branch branch : node.branches()) {
      if (!Structure.AxisOnly.test(branch.condition(), declarations)) {
        return null;
      }
      if (Conditions.holds(branch.condition(), cell)) {
        return scan(branch.body());
      }
    }
    return node.otherwise() == null ? null : scan(node.otherwise());
  }

  /** The most derived version of a block, as the evaluator will choose it. */
  private Node.Block override(Node.Block block) {
    for (Template t : chain.subList(0, chain.size() - 1)) {
      for (Node node : t.body()) {
        if (node instanceof Node.Block b && b.name().equals(block.name())) {
          return b;
        }
      }
    }
    return block;
  }
}
