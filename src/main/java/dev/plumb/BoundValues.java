package dev.plumb;

import dev.plumb.values.Binder;

/**
 * Values bound to one pack's declarations ({@link Pack#bind}): checked once, then used by any
 * number of compiles of that pack, for any operation and cell, from any thread. What a compile with
 * {@link Values} does first on every call is done here once.
 */
public final class BoundValues {
  private final Pack pack;
  private final Binder.Bound bound;

  BoundValues(Pack pack, Binder.Bound bound) {
    this.pack = pack;
    this.bound = bound;
  }

  /** The bound values, for the pack that bound them; another pack's are refused. */
  Binder.Bound of(Pack compiling) {
    if (compiling != pack) {
      throw new IllegalArgumentException(
          "values bound by the pack '"
              + pack.name()
              + "' cannot be used with another pack: bind them with the pack that compiles");
    }
    return bound;
  }
}
