package dev.plumb.check;

import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where directives may stand (P407, P410, P212): a child template holds only {@code %let} and block
 * overrides; a {@code %block} is never under {@code %if} or {@code %each} (so an override always
 * replaces one well-defined region); {@code %super} only in a child's block; {@code %unsupported}
 * only alone or under {@code %if}s on axes alone.
 */
public final class Placement implements Node.Visitor<Void> {
  private final Declarations declarations;
  private final Unit unit;
  private final List<Diagnostic> errors;
  private final Deque<Node> enclosing = new ArrayDeque<>();
  private final Set<String> blocks = new HashSet<>();

  private Placement(Declarations declarations, Unit unit, List<Diagnostic> errors) {
    this.declarations = declarations;
    this.unit = unit;
    this.errors = errors;
  }

  public static void check(Declarations declarations, Unit unit, List<Diagnostic> errors) {
    Placement s = new Placement(declarations, unit, errors);
    if (unit instanceof Template t && t.parent() != null) {
      for (Node node : t.body()) {
        boolean allowed =
            node instanceof Node.Let
                || node instanceof Node.Block
                || node instanceof Node.TextLine line && line.parts().isEmpty();
        if (!allowed) {
          errors.add(
              Diagnostic.error(
                      Code.P410,
                      node.span(),
                      "a template that extends another holds only '%let' and '%block' overrides")
                  .withHint("put these lines inside a '%block' that the parent has"));
        }
      }
    }
    s.body(unit.body());
  }

  private void body(List<Node> nodes) {
    for (Node node : nodes) {
      node.accept(this);
    }
  }

  private void inside(Node node, List<Node> body) {
    enclosing.push(node);
    body(body);
    enclosing.pop();
  }

  @Override
  public Void visitText(Node.TextLine n) {
    return null;
  }

  @Override
  public Void visitIf(Node.If n) {
    for (Node.Branch b : n.branches()) {
      inside(n, b.body());
    }
    if (n.otherwise() != null) {
      inside(n, n.otherwise());
    }
    return null;
  }

  @Override
  public Void visitEach(Node.Each n) {
    inside(n, n.body());
    return null;
  }

  @Override
  public Void visitLet(Node.Let n) {
    return null;
  }

  @Override
  public Void visitRequire(Node.Require n) {
    return null;
  }

  @Override
  public Void visitBlock(Node.Block n) {
    if (enclosing.stream().anyMatch(e -> !(e instanceof Node.Block))) {
      errors.add(
          Diagnostic.error(Code.P407, n.span(), "a '%block' may not stand under '%if' or '%each'")
              .withHint(
                  "put the '%if' or '%each' inside the block, so an override replaces all of it"));
    }
    if (!blocks.add(n.name())) {
      errors.add(
          Diagnostic.error(
              Code.P212, n.span(), "block '" + n.name() + "' is defined twice in this file"));
    }
    inside(n, n.body());
    return null;
  }

  @Override
  public Void visitSuper(Node.Super n) {
    boolean inChildBlock =
        unit instanceof Template t
            && t.parent() != null
            && enclosing.stream().anyMatch(e -> e instanceof Node.Block);
    if (!inChildBlock) {
      errors.add(
          Diagnostic.error(
                  Code.P407,
                  n.span(),
                  "'%super' is only allowed in a block that overrides a parent's")
              .withHint("'%super' emits the parent's version of the enclosing block"));
    }
    return null;
  }

  @Override
  public Void visitInclude(Node.Include n) {
    return null;
  }

  @Override
  public Void visitUnsupported(Node.Unsupported n) {
    boolean alone =
        enclosing.isEmpty()
            && unit.body().stream()
                    .filter(node -> !(node instanceof Node.TextLine t && t.parts().isEmpty()))
                    .count()
                == 1;
    boolean onAxes = !enclosing.isEmpty() && enclosing.stream().allMatch(this::staticChoice);
    if (unit instanceof Fragment) {
      errors.add(
          Diagnostic.error(Code.P407, n.span(), "a fragment cannot decide support")
              .withHint(
                  "say it in the templates that include it ('%unsupported' under an '%if' on "
                      + axesShown()
                      + "), or exclude the cells in pack.plumb"));
    } else if (!(alone || onAxes)) {
      errors.add(
          Diagnostic.error(
                  Code.P407,
                  n.span(),
                  "'%unsupported' stands alone in a template, or under '%if's that test axes alone")
              .withHint(
                  "the support matrix must be known without values: test only " + axesShown()));
    }
    return null;
  }

  /** The pack's own axes, as a hint names them. */
  private String axesShown() {
    List<String> names = declarations.axes().stream().map(Declarations.Axis::name).toList();
    return names.isEmpty() ? "axes (this pack declares none)" : String.join(", ", names);
  }

  /** An enclosing node that the cell alone decides: a block, or an %if on axes only. */
  private boolean staticChoice(Node node) {
    if (node instanceof Node.Block) {
      return true;
    }
    return node instanceof Node.If i
        && i.branches().stream().allMatch(b -> AxisOnly.test(b.condition(), declarations));
  }
}
