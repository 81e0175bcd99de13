package dev.plumb.values;

import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.Arrays;

/** Turns char offsets of a source text into spans of 1-based lines and code-point columns. */
final class Positions {
  private final SourceFile file;
  private final int[] lineStarts;

  Positions(SourceFile file) {
    this.file = file;
    String text = file.text();
    // an int array, not a list of boxed ints: a file of millions of lines stays small
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The span from {@code start} to {@code end} (char offsets), ending on the start's line. */
  Span span(int start, int end) {
    int line = lineOf(start);
    int lineStart = lineStarts[line];
    String text = file.text();
    int column = text.codePointCount(lineStart, Math.min(start, text.length())) + 1;
    int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    int stop = Math.max(start, Math.min(end, lineEnd));
    int endColumn = column + text.codePointCount(Math.min(start, text.length()), stop);
    return Span.of(file, line + 1, column, endColumn);
  }

  private int lineOf(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
