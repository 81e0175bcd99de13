package dev.plumb;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.check.shell.ShellLine;
import java.util.ArrayList;
import java.util.List;

/** The text lines of a body in file order, as the shell checker reads them. */
final class TextLines implements Node.Visitor<Void> {
  private final List<ShellLine> lines = new ArrayList<>();
  private boolean directiveSeen;

  /** For the next text line: the line before the %if whose later branch it starts. */
  private int restartAfter = ShellLine.NO_RESTART;

  /** For the next text line: it opens a child template's block, a region of its own. */
  private boolean startsCommand;

  static List<ShellLine> of(Unit unit) {
    TextLines collector = new TextLines();
    if (unit instanceof dev.plumb.ast.Template t && t.parent() != null) {
      for (Node node : t.body()) {
        collector.startsCommand = node instanceof Node.Block;
        node.accept(collector);
      }
    } else {
      collector.body(unit.body());
    }
    return collector.lines;
  }

  private void body(List<Node> nodes) {
    for (Node node : nodes) {
      node.accept(this);
    }
  }

  private Void directive(List<Node> body) {
    directiveSeen = true;
    body(body);
    directiveSeen = true;
    return null;
  }

  @Override
  public Void visitText(Node.TextLine n) {
    lines.add(new ShellLine(n, directiveSeen, restartAfter, startsCommand));
    directiveSeen = false;
    startsCommand = false;
    restartAfter = ShellLine.NO_RESTART;
    return null;
  }

  @Override
  public Void visitIf(Node.If n) {
    directiveSeen = true;
    int before = lines.size() - 1;
    for (int i = 0; i < n.branches().size(); i++) {
      restartAfter = i == 0 ? ShellLine.NO_RESTART : before;
      directive(n.branches().get(i).body());
    }
    if (n.otherwise() != null) {
      restartAfter = before;
      directive(n.otherwise());
    }
    restartAfter = ShellLine.NO_RESTART;
    return null;
  }

  @Override
  public Void visitEach(Node.Each n) {
    return directive(n.body());
  }

  @Override
  public Void visitLet(Node.Let n) {
    return directive(List.of());
  }

  @Override
  public Void visitRequire(Node.Require n) {
    return directive(List.of());
  }

  @Override
  public Void visitBlock(Node.Block n) {
    return directive(n.body());
  }

  @Override
  public Void visitSuper(Node.Super n) {
    return directive(List.of());
  }

  @Override
  public Void visitInclude(Node.Include n) {
    return directive(List.of());
  }

  @Override
  public Void visitUnsupported(Node.Unsupported n) {
    return directive(List.of());
  }
}
