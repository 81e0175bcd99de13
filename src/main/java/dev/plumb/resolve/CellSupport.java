package dev.plumb.resolve;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Walk;
import dev.plumb.check.AxisOnly;
import dev.plumb.check.Declarations;
import dev.plumb.source.Point;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a resolved template supports a cell: it does unless an {@code %unsupported} is reached
 * through blocks and {@code %if}s on axes alone, which the cell decides without values (the checker
 * allows it nowhere else).
 */
public final class CellSupport implements Node.Visitor<Node.Unsupported> {
  private final ChainWalk walk;
  private final Point cell;
  private final Declarations declarations;

  private CellSupport(List<Template> chain, Point cell, Declarations declarations) {
    // '%unsupported' is refused in fragments (P407): an include cannot lead to one
    this.walk = new ChainWalk(chain, Map.of());
    this.cell = cell;
    this.declarations = declarations;
  }

  /** The {@code %unsupported} the cell reaches, or null when it is supported. */
  public static Node.Unsupported unsupported(
      List<Template> chain, Point cell, Declarations declarations) {
    return new CellSupport(chain, cell, declarations).scan(chain.get(chain.size() - 1).body());
  }

  /**
   * Every name (axis or word) in the conditions that can decide a cell's support through this
   * chain: a cell's support depends on no other axis, and on no value of an axis that none of these
   * names.
   */
  public static Set<String> names(List<Template> chain, Declarations declarations) {
    Set<String> names = new HashSet<>();
    new CellSupport(chain, Point.NONE, declarations)
        .collect(chain.get(chain.size() - 1).body(), names);
    return names;
  }

  /** As {@link #scan}, along every branch a cell could take. */
  private void collect(List<Node> body, Set<String> names) {
    for (Node node : body) {
      if (node instanceof Node.Block b) {
        Blocks.Definition override = walk.blockOf(b);
        collect(override == null ? b.body() : override.block().body(), names);
      } else if (node instanceof Node.If i) {
        collectIf(i, names);
      }
    }
  }

  private void collectIf(Node.If node, Set<String> names) {
    for (Node.Branch branch : node.branches()) {
      if (!AxisOnly.test(branch.condition(), declarations)) {
        return;
      }
      names(branch.condition(), names);
      collect(branch.body(), names);
    }
    if (node.otherwise() != null) {
      collect(node.otherwise(), names);
    }
  }

  /** The names of an axis-only condition: axes and words, joined by logic and lists. */
  private static void names(Expr e, Set<String> names) {
    Walk.subexpressions(
        e,
        x -> {
          if (x instanceof Expr.Name n) {
            names.add(n.name());
          }
        });
  }

  private Node.Unsupported scan(List<Node> body) {
    for (Node node : body) {
      Node.Unsupported reason = node.accept(this);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  @Override
  public Node.Unsupported visitUnsupported(Node.Unsupported n) {
    return n;
  }

  @Override
  public Node.Unsupported visitBlock(Node.Block n) {
    Blocks.Definition override = walk.blockOf(n);
    return override == null ? scan(n.body()) : overriding(override);
  }

  @Override
  public Node.Unsupported visitSuper(Node.Super n) {
    Blocks.Definition definition = walk.superOf();
    return definition == null ? null : overriding(definition);
  }

  private Node.Unsupported overriding(Blocks.Definition definition) {
    return walk.inBlock(definition, () -> scan(definition.block().body()));
  }

  @Override
  public Node.Unsupported visitIf(Node.If n) {
    return scanIf(n);
  }

  @Override
  public Node.Unsupported visitText(Node.TextLine n) {
    return null;
  }

  @Override
  public Node.Unsupported visitEach(Node.Each n) {
    return null;
  }

  @Override
  public Node.Unsupported visitLet(Node.Let n) {
    return null;
  }

  @Override
  public Node.Unsupported visitRequire(Node.Require n) {
    return null;
  }

  @Override
  public Node.Unsupported visitInclude(Node.Include n) {
    return null;
  }

  private Node.Unsupported scanIf(Node.If node) {
    for (Node.Branch branch : node.branches()) {
      AxisConditions.Decision decision =
          AxisConditions.decide(branch.condition(), declarations, cell);
      if (decision == AxisConditions.Decision.VALUES_DECIDE) {
        return null;
      }
      if (decision == AxisConditions.Decision.HOLDS) {
        return scan(branch.body());
      }
    }
    return node.otherwise() == null ? null : scan(node.otherwise());
  }
}
