package dev.plumb.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which piece of a script line an output column belongs to, as lint names ShellCheck's column. */
class LineTest {
  private static final SourceFile T = new SourceFile("t.plumb", "echo {{ x }}\n");
  private static final Line.Segment TEXT = new Line.Segment(1, 6, Span.of(T, 1, 1, 6), false);
  private static final Line.Segment HOLE = new Line.Segment(6, 9, Span.of(T, 1, 6, 13), true);
  private static final Line LINE =
      new Line(3, "echo abc", Span.of(T, 1, 1, 13), List.of(TEXT, HOLE), List.of(), true);

  @Test
  void aColumnBelongsToTheSegmentThatStartsAtOrBeforeItAndEndsAfterIt() {
    assertEquals(TEXT, LINE.at(1));
    assertEquals(TEXT, LINE.at(5));
    assertEquals(HOLE, LINE.at(6));
    assertEquals(HOLE, LINE.at(8));
  }

  /** ShellCheck may point just past the text (a missing newline): the last piece stands for it. */
  @Test
  void aColumnPastTheLastSegmentIsTheLastSegment() {
    assertEquals(HOLE, LINE.at(9));
    assertEquals(HOLE, LINE.at(40));
  }

  @Test
  void aLinePlumbAddedHasNoSegment() {
    assertNull(Line.added(1, "set -eu").at(1));
  }
}
