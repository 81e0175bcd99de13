package dev.plumb;

import dev.plumb.emit.Line;
import dev.plumb.source.Span;
import java.util.List;

/**
 * One line of a compiled script and where it came from.
 *
 * @param number the 1-based line number in the script
 * @param origin the template text line that produced it, or null for lines plumb adds (the header,
 *     {@code --annotate} comments)
 * @param segments the pieces of the line, each with the template text or hole it came from
 * @param via the {@code %include} and block-override steps that led to the line, outermost first
 *     (empty for a line of the template's own body)
 */
public record ScriptLine(
    int number, String text, Span origin, List<Segment> segments, List<Step> via) {

  public ScriptLine {
    segments = List.copyOf(segments);
    via = List.copyOf(via);
  }

  /** The caller's copy of a line the writer made. */
  static ScriptLine of(Line line) {
    return new ScriptLine(
        line.number(),
        line.text(),
        line.origin(),
        line.segments().stream()
            .map(s -> new Segment(s.start(), s.end(), s.source(), s.hole()))
            .toList(),
        line.via().stream().map(v -> new Step(v.kind().directive(), v.site())).toList());
  }

  /**
   * A piece of the line: output columns {@code [start, end)} (1-based code points) and the template
   * span they came from.
   *
   * @param hole whether the piece is a hole's value (else literal template text)
   */
  public record Segment(int start, int end, Span source, boolean hole) {}

  /**
   * A step that led to the line: the {@code %include} or overriding {@code %block} ({@code
   * directive}) at {@code site}.
   */
  public record Step(String directive, Span site) {}

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
