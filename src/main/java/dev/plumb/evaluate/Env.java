package dev.plumb.evaluate;

import dev.plumb.source.Point;
import dev.plumb.types.Frames;
import dev.plumb.types.Value;
import java.util.Map;

/** The values in scope while a body is evaluated: cell, variables, and local names. */
final class Env {
  /**
   * The value of a {@code %let} whose expression failed (compared by identity): its uses are
   * skipped.
   */
  static final Value FAILED = new Value.Word("%let failed");

  private final Point cell;
  private final Map<String, Value> variables;
  private final Frames<Value> locals = new Frames<>();

  Env(Point cell, Map<String, Value> variables) {
    this.cell = cell;
    this.variables = variables;
  }

  /** A fresh environment for a fragment: same cell and variables, only its parameters. */
  Env forFragment(Map<String, Value> parameters) {
    Env env = new Env(cell, variables);
    parameters.forEach(env.locals::put);
    return env;
  }

  void enter() {
    locals.enter();
  }

  void exit() {
    locals.exit();
  }

  void bind(String name, Value value) {
    locals.put(name, value);
  }

  Value local(String name) {
    return locals.lookup(name);
  }

  String axis(String name) {
    return cell.value(name);
  }

  Value variable(String name) {
    return variables.get(name);
  }
}
