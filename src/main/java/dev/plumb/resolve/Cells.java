package dev.plumb.resolve;

import dev.plumb.check.Declarations;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** Every cell; the caller has made sure that there are not too many ({@link #tooMany}). */
  public static List<Map<String, String>> all(List<Declarations.Axis> axes) {
    if (count(axes).compareTo(BigInteger.valueOf(MAX_ENTRIES)) > 0) {
      throw new IllegalStateException(count(axes) + " cells are too many to list");
    }
    List<Map<String, String>> cells = new ArrayList<>();
    cells.add(new LinkedHashMap<>());
    for (Declarations.Axis axis : axes) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> cell : cells) {
        for (String value : axis.values()) {
          Map<String, String> extended = new LinkedHashMap<>(cell);
          extended.put(axis.name(), value);
          next.add(extended);
        }
      }
      cells = next;
    }
    return cells.stream().map(Map::copyOf).map(m -> ordered(m, axes)).toList();
  }

  private static Map<String, String> ordered(
      Map<String, String> cell, List<Declarations.Axis> axes) {
    Map<String, String> ordered = new LinkedHashMap<>();
    axes.forEach(a -> ordered.put(a.name(), cell.get(a.name())));
    return Collections.unmodifiableMap(ordered);
  }

  /** {@code host=freebsd hypervisor=bhyve}. */
  public static String show(Map<String, String> cell) {
    StringBuilder out = new StringBuilder();
    cell.forEach(
        (axis, value) ->
            out.append(out.length() == 0 ? "" : " ").append(axis).append('=').append(value));
    return out.toString();
  }
}
