package dev.plumb.check;

import dev.plumb.ast.Blocks;
import dev.plumb.ast.Fragment;
import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Bodies nested more than {@link #MAX_DEPTH} deep when a cell is compiled, counting the {@code
 * %include}s, block overrides and {@code %super}s that lead into them as well as directives, are
 * P110: each file is limited to 64 levels, but a chain of includes is not. The evaluator stops
 * there; this check finds, when the pack is loaded, every template whose chain can reach that deep
 * on some path (any branch of an {@code %if}, any {@code %each}), and reports it where the
 * evaluator would: at the include or block that leads into the body past the limit. So lint fails a
 * pack that no compile of the cell could finish.
 */
public final class Nesting {
  public static final int MAX_DEPTH = 256;

  private final List<Template> chain;
  private final Map<String, FragmentSignature> fragments;
  private final Set<Span> found;

  /** The include and block sites that lead to the current body, innermost last. */
  private final Deque<Span> via = new ArrayDeque<>();

  /** The overriding blocks being walked, innermost first: what {@code %super} goes above. */
  private final Deque<Blocks.Definition> overrides = new ArrayDeque<>();

  /** The fragments being walked: an include cycle (P413) is not followed round again. */
  private final Set<String> open = new HashSet<>();

  /**
   * The deepest start at which each fragment body or block definition was walked without passing
   * the limit: started no deeper, it cannot pass it either. Keeps includes that branch and join
   * again (2^40 paths) linear.
   */
  private final Map<Object, Integer> safe = new IdentityHashMap<>();

  private Nesting(List<Template> chain, Map<String, FragmentSignature> fragments, Set<Span> found) {
    this.chain = chain;
    this.fragments = fragments;
    this.found = found;
  }

  /** The error the evaluator and this check report, at the site that leads past the limit. */
  public static Diagnostic tooDeep(Span at) {
    return Diagnostic.error(
            Code.P110,
            at,
            "includes, blocks and directives are nested more than " + MAX_DEPTH + " deep here")
        .withHint("a long chain of '%include's or '%super's is the usual cause");
  }

  /** Reports each site where some template's chain passes the limit, once. */
  public static void check(
      Map<Template, List<Template>> chains,
      Map<String, FragmentSignature> fragments,
      List<Diagnostic> errors) {
    Set<Span> found = new LinkedHashSet<>();
    for (List<Template> chain : chains.values()) {
      new Nesting(chain, fragments, found).body(chain.get(chain.size() - 1).body(), 0);
    }
    found.forEach(at -> errors.add(tooDeep(at)));
  }

  /**
   * Walks a body entered below {@code depth} others, as the evaluator would; true when it passed
   * the limit (and was reported), which ends the walk of this chain.
   */
  private boolean body(List<Node> nodes, int depth) {
    if (nodes.isEmpty()) {
      return false;
    }
    if (depth >= MAX_DEPTH) {
      found.add(via.isEmpty() ? nodes.get(0).span() : via.peekLast());
      return true;
    }
    for (Node node : nodes) {
      if (node(node, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean node(Node node, int depth) {
    if (node instanceof Node.If n) {
      for (Node.Branch branch : n.branches()) {
        if (body(branch.body(), depth)) {
          return true;
        }
      }
      return n.otherwise() != null && body(n.otherwise(), depth);
    }
    if (node instanceof Node.Each n) {
      return body(n.body(), depth);
    }
    if (node instanceof Node.Block n) {
      Blocks.Definition override = Blocks.override(chain, n.name());
      return override != null ? block(override, depth) : body(n.body(), depth);
    }
    if (node instanceof Node.Super) {
      Blocks.Definition above = overrides.isEmpty() ? null : Blocks.above(chain, overrides.peek());
      return above != null && block(above, depth);
    }
    if (node instanceof Node.Include n) {
      FragmentSignature signature = fragments.get(n.fragment());
      if (signature == null || !open.add(n.fragment())) {
        return false;
      }
      Fragment fragment = signature.fragment();
      boolean passed = unless(fragment, depth, n.span(), () -> body(fragment.body(), depth));
      open.remove(n.fragment());
      return passed;
    }
    return false;
  }

  /** An overriding block, or the one {@code %super} runs: entered through its own span. */
  private boolean block(Blocks.Definition definition, int depth) {
    overrides.push(definition);
    boolean passed =
        unless(
            definition.block(),
            depth,
            definition.block().span(),
            () -> body(definition.block().body(), depth));
    overrides.pop();
    return passed;
  }

  /** Runs {@code walk} through {@code site}, unless {@code key} was safe from this depth. */
  private boolean unless(Object key, int depth, Span site, BooleanSupplier walk) {
    if (safe.getOrDefault(key, -1) >= depth) {
      return false;
    }
    via.addLast(site);
    boolean passed = walk.getAsBoolean();
    via.removeLast();
    if (!passed) {
      safe.merge(key, depth, Math::max);
    }
    return passed;
  }
}
