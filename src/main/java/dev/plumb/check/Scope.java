package dev.plumb.check;

import dev.plumb.types.Frames;
import dev.plumb.types.Type;
import java.util.Set;

/**
 * The names visible at a point of a template body: `%let`, `%each` and fragment parameters, block
 * by block, with the optional values that `present(…)` has narrowed.
 */
final class Scope {
  private final Frames<Type> names = new Frames<>();
  private final Frames<Boolean> narrowed = new Frames<>();

  void enter() {
    names.enter();
    narrowed.enter();
  }

  void exit() {
    names.exit();
    narrowed.exit();
  }

  /** Binds a name in the innermost block; false when that block already has it. */
  boolean bind(String name, Type type) {
    return names.bind(name, type);
  }

  Type lookup(String name) {
    return names.lookup(name);
  }

  /** Marks the optional value written {@code path} (e.g. {@code vm.console}) as present. */
  void narrow(String path) {
    narrowed.put(path, true);
  }

  boolean isNarrowed(String path) {
    return narrowed.lookup(path) != null;
  }

  /** Every name bound anywhere in scope, for "did you mean". */
  Set<String> names() {
    return names.names();
  }
}
