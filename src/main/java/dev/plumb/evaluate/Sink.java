package dev.plumb.evaluate;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;

/** Receives the text lines an evaluation chooses, in order, with their holes' values. */
public interface Sink {
  /**
   * One text line to emit.
   *
   * @param unit the template or fragment the line is written in
   * @param holes the value of each hole of the line, by {@code Hole.index()}
   * @param via the {@code %include} and overriding {@code %block} sites that led here
   */
  void text(Unit unit, Node.TextLine line, Map<Integer, Value> holes, List<Via> via);
}
