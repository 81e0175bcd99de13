package dev.plumb.types;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names bound block by block while a body is walked ({@code %let}, {@code %each}, fragment
 * parameters): the type checker binds types, the evaluator values. The innermost block is searched
 * first.
 */
public final class Frames<T> {
  private final Deque<Map<String, T>> frames = new ArrayDeque<>();

  public Frames() {
    enter();
  }

  public void enter() {
    frames.push(new HashMap<>());
  }

  public void exit() {
    frames.pop();
  }

  /** Binds a name in the innermost block; false (and no change) when that block already has it. */
  public boolean bind(String name, T value) {
    return frames.peek().putIfAbsent(name, value) == null;
  }

  /** Binds a name in the innermost block, replacing what it had. */
  public void put(String name, T value) {
    frames.peek().put(name, value);
  }

  /** The innermost binding of the name, or null. */
  public T lookup(String name) {
    for (Map<String, T> frame : frames) {
      T value = frame.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Every name bound in any block, for "did you mean". */
  public Set<String> names() {
    Set<String> all = new LinkedHashSet<>();
    for (Map<String, T> frame : frames) {
      all.addAll(frame.keySet());
    }
    return all;
  }
}
