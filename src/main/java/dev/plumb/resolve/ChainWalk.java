package dev.plumb.resolve;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.source.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a walk of a template chain stands: the file being read, the {@code %include} and overriding
 * {@code %block} sites that led there, the overrides being walked. The one place that knows which
 * body a {@code %block}, a {@code %super} or an {@code %include} runs, and that enters and leaves
 * their frames; the evaluator, lint's path walk and support all walk through it.
 */
public final class ChainWalk {
  private final List<Template> chain;
  private final Map<String, Fragment> fragments;

  /** The overriding blocks being walked, innermost first. */
  private final Deque<Blocks.Definition> overrides = new ArrayDeque<>();

  /** The include and override sites that lead to the current statement, innermost last. */
  private final Deque<Via> via = new ArrayDeque<>();

  /** {@link #via} as a list, made once per region: every line of a region shares it. */
  private List<Via> viaList = List.of();

  private Unit unit;

  /**
   * @param chain the template and its ancestors, child first: the walk starts in the root's body
   */
  public ChainWalk(List<Template> chain, Map<String, Fragment> fragments) {
    this.chain = chain;
    this.fragments = fragments;
    this.unit = root();
  }

  /** The root of the chain, whose body is the script's. */
  public Template root() {
    return chain.get(chain.size() - 1);
  }

  /** The template or fragment whose lines are being walked. */
  public Unit unit() {
    return unit;
  }

  /** The include and override sites that led here, outermost first. */
  public List<Via> via() {
    return viaList;
  }

  /** The innermost include or override site, or null in the root's own body. */
  public Span site() {
    return via.isEmpty() ? null : via.peekLast().site();
  }

  /** What a {@code %block} runs: the most derived override, or null for its own body. */
  public Blocks.Definition blockOf(Node.Block block) {
    return Blocks.override(chain, block.name());
  }

  /** What a {@code %super} runs: the same block as the next ancestor defines it, or null. */
  public Blocks.Definition superOf() {
    return overrides.isEmpty() ? null : Blocks.above(chain, overrides.peek());
  }

  /** The fragment an {@code %include} names, or null when the pack has none of that name. */
  public Fragment fragmentOf(Node.Include include) {
    return fragments.get(include.fragment());
  }

  /** Walks an overriding block (or an ancestor's, for {@code %super}) in its template's frame. */
  public <R> R inBlock(Blocks.Definition definition, Supplier<R> walk) {
    return inFrame(
        chain.get(definition.index()),
        new Via(Via.Kind.BLOCK, definition.block().span()),
        definition,
        walk);
  }

  /** Walks a fragment's body in its frame. */
  public <R> R inFragment(Node.Include include, Fragment fragment, Supplier<R> walk) {
    return inFrame(fragment, new Via(Via.Kind.INCLUDE, include.span()), null, walk);
  }

  private <R> R inFrame(Unit entered, Via step, Blocks.Definition override, Supplier<R> walk) {
    Unit saved = unit;
    unit = entered;
    via.addLast(step);
    viaList = List.copyOf(via);
    if (override != null) {
      overrides.push(override);
    }
    try {
      return walk.get();
    } finally {
      if (override != null) {
        overrides.pop();
      }
      via.removeLast();
      viaList = List.copyOf(via);
      unit = saved;
    }
  }
}
