package dev.plumb.emit;

import dev.plumb.ast.Via;
import dev.plumb.source.Span;
import java.util.List;

/**
 * One line of a compiled script and where it came from, as the writer makes it (the public API's
 * {@code ScriptLine} is its copy for callers).
 *
 * @param number the 1-based line number in the script
 * @param origin the template text line that produced it, or null for lines plumb adds (the header,
 *     {@code --annotate} comments)
 * @param segments the pieces of the line, each with the template text or hole it came from
 * @param via the {@code %include} and block-override sites that led to the line, outermost first
 *     (empty for a line of the template's own body)
 * @param atCommandStart the shell reader stood at a command start before this line: nothing was
 *     open and nothing went on ({@code ShellReader.atCommandStart}). False for the lines plumb
 *     adds, which the reader does not read.
 */
public record Line(
    int number,
    String text,
    Span origin,
    List<Segment> segments,
    List<Via> via,
    boolean atCommandStart) {

  public Line {
    segments = List.copyOf(segments);
    via = List.copyOf(via);
  }

  /** A line plumb adds itself: no template origin, not read. */
  public static Line added(int number, String text) {
    return new Line(number, text, null, List.of(), List.of(), false);
  }

  public Line renumbered(int newNumber) {
    return new Line(newNumber, text, origin, segments, via, atCommandStart);
  }

  /**
   * A piece of the line: output columns {@code [start, end)} (1-based code points) and the template
   * span they came from.
   *
   * @param hole whether the piece is a hole's value (else literal template text)
   */
  public record Segment(int start, int end, Span source, boolean hole) {}

  /** The segment holding output column {@code column}, or null. */
  public Segment at(int column) {
    for (Segment s : segments) {
      if (column >= s.start() && column < s.end()) {
        return s;
      }
    }
    return segments.isEmpty() ? null : segments.get(segments.size() - 1);
  }
}
