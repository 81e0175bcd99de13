package dev.plumb;

import java.util.List;

/**
 * Sites of a pack's templates ({@link Pack#coverable()}, every one of them; {@link
 * Script#reached()}, those a compile reached), each list in file order: by file path, then by line,
 * the arms of one line in their order.
 */
public record Sites(List<Site.Line> lines, List<Site.Arm> arms) {
  public Sites {
    lines = List.copyOf(lines);
    arms = List.copyOf(arms);
  }
}
