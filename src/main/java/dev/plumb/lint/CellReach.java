package dev.plumb.lint;

import dev.plumb.ast.Node;
import dev.plumb.check.AxisOnly;
import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.resolve.AxisConditions;
import dev.plumb.source.Point;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which of the cells a template serves reach each part of its body, deciding {@code %if}s on axes
 * alone from the cell (others may go either way). Gives the regions that lint uses to name the cell
 * of a finding, and warns about branches no served cell reaches (P220).
 */
final class CellReach {
  /** Lines {@code [first, last]} of a file, reached by {@code cells}. */
  record Region(String file, int first, int last, List<Point> cells) {}

  private final Declarations declarations;
  private final List<Region> regions;
  private final List<Diagnostic> warnings;
  private final BiConsumer<Node.Require, List<Point>> requires;

  CellReach(
      Declarations declarations,
      List<Region> regions,
      List<Diagnostic> warnings,
      BiConsumer<Node.Require, List<Point>> requires) {
    this.declarations = declarations;
    this.regions = regions;
    this.warnings = warnings;
    this.requires = requires;
  }

  void walk(List<Node> body, List<Point> cells) {
    Within within = new Within(cells);
    for (Node node : body) {
      node.accept(within);
    }
  }

  /** One statement, reached by {@code cells}. */
  private final class Within implements Node.Visitor<Void> {
    private final List<Point> cells;

    Within(List<Point> cells) {
      this.cells = cells;
    }

    @Override
    public Void visitIf(Node.If n) {
      walkIf(n, cells);
      return null;
    }

    @Override
    public Void visitEach(Node.Each n) {
      walk(n.body(), cells);
      return null;
    }

    @Override
    public Void visitBlock(Node.Block n) {
      walk(n.body(), cells);
      return null;
    }

    @Override
    public Void visitRequire(Node.Require n) {
      requires.accept(n, cells);
      return null;
    }

    @Override
    public Void visitText(Node.TextLine n) {
      return null;
    }

    @Override
    public Void visitLet(Node.Let n) {
      return null;
    }

    @Override
    public Void visitSuper(Node.Super n) {
      return null;
    }

    @Override
    public Void visitInclude(Node.Include n) {
      return null;
    }

    @Override
    public Void visitUnsupported(Node.Unsupported n) {
      return null;
    }
  }

  private void walkIf(Node.If node, List<Point> cells) {
    List<Point> remaining = new ArrayList<>(cells);
    List<Node.Branch> branches = node.branches();
    for (int b = 0; b < branches.size(); b++) {
      Node.Branch branch = branches.get(b);
      List<Point> taken = new ArrayList<>(remaining);
      if (AxisOnly.test(branch.condition(), declarations)) {
        taken.removeIf(
            cell ->
                AxisConditions.decide(branch.condition(), declarations, cell)
                    != AxisConditions.Decision.HOLDS);
        // the very cells of 'remaining': an identity set keeps this linear in the cells
        Set<Point> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(taken);
        remaining.removeIf(gone::contains);
      }
      int end =
          b + 1 < branches.size()
              ? branches.get(b + 1).span().line() - 1
              : node.otherwise() != null && !node.otherwise().isEmpty()
                  ? node.otherwise().get(0).span().line() - 2
                  : node.span().endLine() - 1;
      region(branch.span(), branch.span().line() + 1, end, taken, cells, "branch");
      walk(branch.body(), taken);
    }
    if (node.otherwise() != null && !node.otherwise().isEmpty()) {
      Span first = node.otherwise().get(0).span();
      region(first, first.line(), node.span().endLine() - 1, remaining, cells, "'%else' branch");
      walk(node.otherwise(), remaining);
    }
  }

  private void region(
      Span at, int first, int last, List<Point> taken, List<Point> reaching, String what) {
    regions.add(new Region(at.path(), first, last, List.copyOf(taken)));
    if (taken.isEmpty() && !reaching.isEmpty()) {
      warnings.add(
          Diagnostic.warning(Code.P220, at, "no cell this template serves reaches this " + what)
              .withHint(
                  "its condition is decided by the axes alone, and no served cell makes it true; remove it"));
    }
  }
}
