package dev.plumb.evaluate;

import dev.plumb.types.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The values in scope while a body is evaluated: cell, variables, and local names. */
final class Env {
  /**
   * The value of a {@code %let} whose expression failed (compared by identity): its uses are
   * skipped.
   */
  static final Value FAILED = new Value.Word("%let failed");

  private final Map<String, String> cell;
  private final Map<String, Value> variables;
  private final Deque<Map<String, Value>> locals = new ArrayDeque<>();

  Env(Map<String, String> cell, Map<String, Value> variables) {
    this.cell = cell;
    this.variables = variables;
    locals.push(new HashMap<>());
  }

  /** A fresh environment for a fragment: same cell and variables, only its parameters. */
  Env forFragment(Map<String, Value> parameters) {
    Env env = new Env(cell, variables);
    env.locals.peek().putAll(parameters);
    return env;
  }

  void enter() {
    locals.push(new HashMap<>());
  }

  void exit() {
    locals.pop();
  }

  void bind(String name, Value value) {
    locals.peek().put(name, value);
  }

  Value local(String name) {
    for (Map<String, Value> frame : locals) {
      Value v = frame.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  String axis(String name) {
    return cell.get(name);
  }

  Value variable(String name) {
    return variables.get(name);
  }
}
