package dev.plumb.check.shell;

import dev.plumb.types.Type;
import java.util.Map;

/**
 * What a path reading needs of one template or fragment, found when it was loaded: the static type
 * of each hole (by {@code Hole.index}), and how each text line starts and which command it belongs
 * to in the file's own reading (by {@code TextLine.id}).
 */
public record UnitText(
    Map<Integer, Type> holeTypes, Map<Integer, LineStart> starts, Map<Integer, Integer> commands) {
  public UnitText {
    holeTypes = Map.copyOf(holeTypes);
    starts = Map.copyOf(starts);
    commands = Map.copyOf(commands);
  }

  /**
   * The number of the command the line belongs to in the file's own reading: lines joined by a
   * continuation, a quote or a here-document share it.
   */
  public int command(int lineId) {
    return commands.getOrDefault(lineId, -1);
  }

  /** How the line starts in its file, {@link LineStart#OTHER} when unknown. */
  public LineStart start(int lineId) {
    return starts.getOrDefault(lineId, LineStart.OTHER);
  }
}
