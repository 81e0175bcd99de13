package dev.plumb.diag;

import dev.plumb.source.Point;
import java.util.Objects;

/**
 * Where in the matrix lint made a finding: the cell, and when the finding is about one operation's
 * script or one example's values, which.
 *
 * @param operation the operation whose script showed it, or null
 * @param example the example values file it was compiled with, or null
 */
public record InCell(String operation, Point cell, String example) {
  public InCell {
    Objects.requireNonNull(cell);
  }

  /** Found in a cell, for every operation and values. */
  public static InCell of(Point cell) {
    return new InCell(null, cell, null);
  }

  /** Found on the script of one operation in a cell. */
  public static InCell onPath(String operation, Point cell) {
    return new InCell(operation, cell, null);
  }

  /** Found compiling a cell with one example's values. */
  public static InCell withExample(Point cell, String example) {
    return new InCell(null, cell, example);
  }

  /** {@code start host=linux}, {@code host=linux with small.json}: as reports show it. */
  public String show() {
    return (operation == null ? "" : operation + " ")
        + cell.show()
        + (example == null ? "" : " with " + example);
  }

  @Override
  public String toString() {
    return show();
  }
}
