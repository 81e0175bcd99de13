package dev.plumb.resolve;

import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Point;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Every cell of a pack's axes, in declaration order (the first axis varies slowest). */
public final class Cells {
  /**
   * Entries (operations × cells) of the largest matrix that lint and {@code plumb matrix} walk: the
   * number of cells is exponential in the axes, and each entry is kept and analysed.
   */
  public static final long MAX_ENTRIES = 100_000;

  private Cells() {}

  /** How many cells the axes make. */
  public static BigInteger count(List<Declarations.Axis> axes) {
    BigInteger count = BigInteger.ONE;
    for (Declarations.Axis axis : axes) {
      count = count.multiply(BigInteger.valueOf(axis.values().size()));
    }
    return count;
  }

  /**
   * The error (P415) that the pack's matrix is too large to walk, or null when it is not. Compiling
   * a cell never walks it: only lint and the matrix do.
   */
  public static Diagnostic tooMany(Declarations declarations) {
    BigInteger cells = count(declarations.axes());
    int operations = declarations.operations().size();
    if (cells.multiply(BigInteger.valueOf(operations)).compareTo(BigInteger.valueOf(MAX_ENTRIES))
        <= 0) {
      return null;
    }
    List<Declarations.Axis> axes = declarations.axes();
    Span at =
        axes.isEmpty()
            ? Span.ofFile(new SourceFile(declarations.pack(), ""))
            : axes.get(0).span().to(axes.get(axes.size() - 1).span());
    return Diagnostic.error(
            Code.P415,
            at,
            "the matrix has "
                + cells
                + (cells.equals(BigInteger.ONE) ? " cell × " : " cells × ")
                + operations
                + (operations == 1 ? " operation" : " operations")
                + ", more than the "
                + MAX_ENTRIES
                + " entries that lint and 'plumb matrix' walk")
        .withHint("compiling a cell still works; to lint, split the pack or use fewer axes");
  }

  /** A cell given as value indexes, one per axis, as the rest of plumb names it. */
  public static Point at(List<Declarations.Axis> axes, int[] indexes) {
    List<String> names = new ArrayList<>(indexes.length);
    List<String> values = new ArrayList<>(indexes.length);
    for (int a = 0; a < indexes.length; a++) {
      names.add(axes.get(a).name());
      values.add(axes.get(a).values().get(indexes[a]));
    }
    return Point.of(names, values);
  }

  /** Every cell; the caller has made sure that there are not too many ({@link #tooMany}). */
  public static List<Point> all(List<Declarations.Axis> axes) {
    if (count(axes).compareTo(BigInteger.valueOf(MAX_ENTRIES)) > 0) {
      throw new IllegalStateException(count(axes) + " cells are too many to list");
    }
    List<Point> cells = new ArrayList<>();
    cells.add(Point.NONE);
    for (Declarations.Axis axis : axes) {
      List<Point> next = new ArrayList<>();
      for (Point cell : cells) {
        for (String value : axis.values()) {
          next.add(cell.with(axis.name(), value));
        }
      }
      cells = next;
    }
    return List.copyOf(cells);
  }
}
