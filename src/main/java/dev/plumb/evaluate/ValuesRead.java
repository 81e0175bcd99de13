package dev.plumb.evaluate;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Walk;
import dev.plumb.diag.Shown;
import dev.plumb.types.Sizes;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values an expression read, each with where it came from, for the message of a failed {@code
 * %require}: {@code vm.cpus is 128 (from web1.json /vm/cpus)}.
 */
final class ValuesRead {
  /** Elements, fields and names shown at most. */
  private static final int SHOWN = 4;

  private ValuesRead() {}

  /**
   * {@code vm.cpus is 128 (from web1.json /vm/cpus), host is freebsd (the cell)}: the variables,
   * axes and names in scope that {@code e} reads, in the order it reads them; "" when none.
   */
  static String of(Expr e, Env env, Map<String, String> origins) {
    Set<String> read = new LinkedHashSet<>();
    Walk.subexpressions(e, x -> read(x, env, origins, read));
    List<String> shown = new ArrayList<>(read).subList(0, Math.min(SHOWN, read.size()));
    String more = read.size() > SHOWN ? ", …" : "";
    return String.join(", ", shown) + more;
  }

  private static void read(Expr x, Env env, Map<String, String> origins, Set<String> read) {
    String path = Expr.dotted(x);
    if (path == null) {
      return;
    }
    String root = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    boolean shadowed = env.local(root) != null || env.axis(root) != null;
    if (!shadowed && env.variable(path) != null) {
      String origin = origins.get(path);
      read.add(
          path + " is " + show(env.variable(path)) + (origin == null ? "" : " (" + origin + ")"));
    } else if (x instanceof Expr.Name name) {
      Value local = env.local(name.name());
      if (local != null && local != Env.FAILED) {
        read.add(name.name() + " is " + show(local));
      } else if (local == null && env.axis(name.name()) != null) {
        read.add(name.name() + " is " + env.axis(name.name()) + " (the cell)");
      }
    }
  }

  /** A value as a message shows it: text quoted and cut, long lists and records cut. */
  static String show(Value v) {
    if (v instanceof Value.Text t) {
      return Shown.quote(t.value());
    }
    if (v instanceof Value.Size s) {
      return Sizes.format(s.bytes());
    }
    if (v instanceof Value.ListOf l) {
      List<String> elements = new ArrayList<>();
      l.elements().stream().limit(SHOWN).forEach(x -> elements.add(show(x)));
      return "[" + String.join(", ", elements) + (l.elements().size() > SHOWN ? ", …]" : "]");
    }
    if (v instanceof Value.RecordOf r) {
      List<String> fields = new ArrayList<>();
      r.fields().entrySet().stream()
          .limit(SHOWN)
          .forEach(f -> fields.add(f.getKey() + ": " + show(f.getValue())));
      return "{" + String.join(", ", fields) + (r.fields().size() > SHOWN ? ", …}" : "}");
    }
    if (v instanceof Value.Absent) {
      return "absent";
    }
    if (v instanceof Value.Secret) {
      return "a secret";
    }
    return Value.text(v, Sizes::format);
  }
}
