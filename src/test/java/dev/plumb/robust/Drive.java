package dev.plumb.robust;

import dev.plumb.Cell;
import dev.plumb.Matrix;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Drives a pack through lint, load, its matrix and compiles, each step bounded by {@link Bounded}.
 */
final class Drive {
  /**
   * One compile to try: the values are made inside the bounded step, since making them may fail
   * too.
   */
  record Request(String operation, Cell cell, Callable<Values> values) {
    @Override
    public String toString() {
      return operation + " " + cell;
    }
  }

  /** Supported cells compiled with no values, besides the requests given. */
  static final int MATRIX_CELLS = 2;

  private Drive() {}

  /**
   * Lints, loads, and compiles each request and a few supported cells; returns whether the pack
   * loaded.
   */
  static boolean pack(TestPack dir, List<Request> requests, Supplier<String> input) {
    Bounded.run("lint", input, () -> dir.lintDiagnostics());
    Pack pack = Bounded.run("load", input, () -> dir.load());
    if (pack == null) {
      return false;
    }
    List<Request> all = new ArrayList<>(requests);
    // null when the matrix is too large to list (P415): a loaded pack still compiles
    Matrix matrix = Bounded.run("matrix", input, pack::matrix);
    if (matrix != null) {
      matrix.entries().stream()
          .filter(Matrix.Entry::supported)
          .limit(MATRIX_CELLS)
          .forEach(e -> all.add(new Request(e.operation(), e.cell(), Values::none)));
    }
    for (Request request : all) {
      Bounded.run(
          "compile " + request,
          input,
          () -> pack.compile(request.operation(), request.cell(), request.values().call()));
    }
    return true;
  }
}
