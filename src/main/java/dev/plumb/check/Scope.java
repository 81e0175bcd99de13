package dev.plumb.check;

import dev.plumb.types.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names visible at a point of a template body: `%let`, `%each` and fragment parameters, block
 * by block, with the optional values that `present(…)` has narrowed.
 */
final class Scope {
  private final Deque<Map<String, Type>> frames = new ArrayDeque<>();
  private final Deque<Set<String>> narrowed = new ArrayDeque<>();

  Scope() {
    enter();
  }

  void enter() {
    frames.push(new HashMap<>());
    narrowed.push(new HashSet<>());
  }

  void exit() {
    frames.pop();
    narrowed.pop();
  }

  /** Binds a name in the innermost block; false when that block already has it. */
  boolean bind(String name, Type type) {
    return frames.peek().putIfAbsent(name, type) == null;
  }

  Type lookup(String name) {
    for (Map<String, Type> frame : frames) {
      Type type = frame.get(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** Marks the optional value written {@code path} (e.g. {@code vm.console}) as present. */
  void narrow(String path) {
    narrowed.peek().add(path);
  }

  boolean isNarrowed(String path) {
    for (Set<String> set : narrowed) {
      if (set.contains(path)) {
        return true;
      }
    }
    return false;
  }

  /** Every name bound anywhere in scope, for "did you mean". */
  Set<String> names() {
    Set<String> all = new LinkedHashSet<>();
    for (Map<String, Type> frame : frames) {
      all.addAll(frame.keySet());
    }
    return all;
  }
}
