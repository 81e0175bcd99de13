package dev.plumb.evaluate;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.types.Value;
import java.util.List;

/** Receives the text lines an evaluation chooses, in order, with their holes' values. */
public interface Sink {
  /**
   * One text line to emit.
   *
   * @param unit the template or fragment the line is written in
   * @param holes the value of each hole of the line, in the order of the line's parts (empty for a
   *     line without holes); the sink keeps the array, the evaluation does not touch it again
   * @param via the {@code %include} and overriding {@code %block} sites that led here
   */
  void text(Unit unit, Node.TextLine line, Value[] holes, List<Via> via);
}
