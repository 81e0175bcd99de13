package dev.plumb.values;

import dev.plumb.check.Declarations;
import dev.plumb.check.Declarations.Variable;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small pack with a variable of every type, and helpers to bind values to it. */
final class Fixture {
  static final SourceFile MANIFEST = new SourceFile("pack.plumb", "");
  static final Type.RecordOf NIC =
      new Type.RecordOf(
          "nic",
          fields("tap", Type.Scalar.NAME, "mac", Type.Scalar.MAC, "bridge", Type.Scalar.NAME));
  static final long M = 1L << 20;
  static final long G = 1L << 30;
  static final long T = 1L << 40;

  /** The values every test starts from: all required ones, valid. */
  static final Map<String, String> VALID =
      ordered(
          "name", "\"web1\"",
          "note", "\"hello\"",
          "memory", "\"2G\"",
          "uefi", "true",
          "mac", "\"58:9C:FC:00:00:01\"",
          "ip", "\"10.0.0.5\"",
          "boot", "\"bios\"",
          "disks", "[\"/vm/web1/disk0.img\"]");

  private Fixture() {}

  static Declarations declarations() {
    List<Variable> vars = new ArrayList<>();
    vars.add(var("vm.name", Type.Scalar.NAME, null, "instance name"));
    vars.add(var("vm.note", Type.Scalar.STRING, null, "operator's note"));
    vars.add(
        var("vm.cpus", new Type.Scalar(Type.Kind.INT, 1L, 64L), new Value.Int(1), "virtual CPUs"));
    vars.add(var("vm.memory", new Type.Scalar(Type.Kind.SIZE, 64 * M, T), null, "guest RAM"));
    vars.add(var("vm.uefi", Type.Scalar.BOOL, null, "boot with UEFI"));
    vars.add(var("vm.dir", Type.Scalar.PATH, new Value.Text("/vm"), null));
    vars.add(var("vm.vnc_password", new Type.OptionalOf(Type.Scalar.SECRET), null, "VNC password"));
    vars.add(var("vm.root_password", Type.Scalar.SECRET, null, "root password"));
    vars.add(var("vm.mac", Type.Scalar.MAC, null, "first MAC address"));
    vars.add(var("vm.ip", Type.Scalar.IPV4, null, "address"));
    vars.add(var("vm.boot", new Type.EnumOf(null, List.of("bios", "uefi")), null, "firmware"));
    vars.add(
        var(
            "vm.disks",
            new Type.ListOf(Type.Scalar.PATH),
            null,
            "disk images; the first one boots"));
    vars.add(var("vm.nics", new Type.ListOf(NIC), new Value.ListOf(List.of()), null));
    vars.add(
        var(
            "vm.console",
            new Type.OptionalOf(Type.Scalar.PATH),
            null,
            "serial console device, if any"));
    vars.add(var("net.uplink", new Type.OptionalOf(NIC), null, "the host's uplink"));
    vars.add(var("debug", Type.Scalar.BOOL, new Value.Bool(false), "trace the script"));
    Map<String, Variable> variables = new LinkedHashMap<>();
    vars.forEach(v -> variables.put(v.name(), v));
    return new Declarations(
        "every",
        "A pack with every type",
        List.of(),
        List.of("start"),
        Map.of("nic", NIC),
        variables);
  }

  static Variable var(String name, Type type, Value defaultValue, String doc) {
    return new Variable(name, type, defaultValue, doc, Span.of(MANIFEST, 1, 1, 2));
  }

  /** The valid values with {@code key} (under vm) set to {@code json}, written first: line 3. */
  static String jsonWith(String key, String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(key, json);
    VALID.forEach(fields::putIfAbsent);
    return "{\n  \"vm\": {\n"
        + fields.entrySet().stream()
            .map(e -> "    \"" + e.getKey() + "\": " + e.getValue())
            .collect(Collectors.joining(",\n"))
        + "\n  }\n}\n";
  }

  /** The valid values, as a values file. */
  static String valid() {
    return jsonWith("name", VALID.get("name"));
  }

  /** The column of the value in a line written by {@link #jsonWith}. */
  static int valueColumn(String key) {
    return key.length() + 9;
  }

  static Checked<Map<String, Value>> bind(String json, String... sets) {
    Supplied values = json == null ? Supplied.none() : Supplied.fromJson("web1.json", json);
    for (String set : sets) {
      int eq = set.indexOf('=');
      values = values.with(set.substring(0, eq), set.substring(eq + 1));
    }
    return Binder.bind(declarations(), values);
  }

  /** {@code file:line:col: P503: message [hint]}, one diagnostic per line. */
  static List<String> render(Checked<Map<String, Value>> bound) {
    return bound.diagnostics().stream().map(Fixture::render).toList();
  }

  static String render(Diagnostic d) {
    return d.span().location()
        + ": "
        + d.code()
        + ": "
        + d.message()
        + (d.hint() == null ? "" : " [" + d.hint() + "]");
  }

  static Map<String, Type> fields(Object... pairs) {
    Map<String, Type> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Type) pairs[i + 1]);
    }
    return map;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
