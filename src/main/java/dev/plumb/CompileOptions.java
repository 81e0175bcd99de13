package dev.plumb;

import dev.plumb.pipeline.CellCompiler;

/**
 * How to compile a cell.
 *
 * @param annotate put a {@code # file:line} comment before each command
 * @param maxBytes the largest script allowed (a bigger unroll is an error)
 */
public record CompileOptions(boolean annotate, long maxBytes) {
  public static final long DEFAULT_MAX_BYTES = CellCompiler.DEFAULT_MAX_BYTES;

  public static CompileOptions defaults() {
    return new CompileOptions(false, DEFAULT_MAX_BYTES);
  }

  public CompileOptions withAnnotate(boolean on) {
    return new CompileOptions(on, maxBytes);
  }
}
