package dev.plumb.evaluate;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What one evaluation reached, for template coverage: the text lines it handed to the sink and the
 * {@code %if} arms it took, as the ids the AST numbers them with ({@link Node.TextLine#id}, {@link
 * Node.If#firstArm}), file by file. A few bits per compile, so that recording costs a compile
 * nothing measurable; each compile fills its own, then only reads it.
 */
public final class Reach {
  // a compile reaches a few files: the chain and what it includes
  private final Map<Unit, BitSet> lines = new IdentityHashMap<>(8);
  private final Map<Unit, BitSet> arms = new IdentityHashMap<>(8);

  void line(Unit unit, Node.TextLine line) {
    lines.computeIfAbsent(unit, u -> new BitSet()).set(line.id());
  }

  /** Arm {@code arm} of {@code decision}: a branch's index, or {@code branches().size()}. */
  void arm(Unit unit, Node.If decision, int arm) {
    arms.computeIfAbsent(unit, u -> new BitSet()).set(decision.firstArm() + arm);
  }

  /** The ids of the text lines of {@code unit} that were emitted (a copy). */
  public BitSet lines(Unit unit) {
    return copy(lines.get(unit));
  }

  /** The ids of the arms of {@code unit}'s {@code %if}s that were taken (a copy). */
  public BitSet arms(Unit unit) {
    return copy(arms.get(unit));
  }

  private static BitSet copy(BitSet bits) {
    return bits == null ? new BitSet() : (BitSet) bits.clone();
  }
}
