package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.ast.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TEMPORARY stand-in until the shell branch lands. */
public final class ShellChecker {
  private ShellChecker() {}

  public static ShellAnalysis analyse(List<ShellLine> lines, Map<Integer, Type> holeTypes) {
    Map<Integer, HoleContext> holes = new HashMap<>();
    Map<Integer, LineContext> contexts = new HashMap<>();
    int command = 0;
    for (ShellLine line : lines) {
      for (Node.Part p : line.line().parts()) {
        if (p instanceof Node.Hole h) {
          holes.put(h.index(), new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, true));
        }
      }
      contexts.put(line.line().id(), new LineContext(command++, false, null, false));
    }
    return new ShellAnalysis(holes, contexts, List.of());
  }
}
