package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.check.Declarations;
import dev.plumb.diag.Checked;
import dev.plumb.diag.Code;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Binding as a whole: defaults, missing values all at once, unknown keys, and every error in one
 * run.
 */
class BinderTest {
  private static final List<String> MISSING =
      List.of(
          "P502: /vm/name: missing required value 'vm.name' [declared as 'vm.name : name' — instance name]",
          "P502: /vm/note: missing required value 'vm.note' [declared as 'vm.note : string' — operator's note]",
          "P502: /vm/memory: missing required value 'vm.memory' [declared as 'vm.memory : size 64M..1T' — guest RAM]",
          "P502: /vm/uefi: missing required value 'vm.uefi' [declared as 'vm.uefi : bool' — boot with UEFI]",
          "P502: /vm/mac: missing required value 'vm.mac' [declared as 'vm.mac : mac' — first MAC address]",
          "P502: /vm/ip: missing required value 'vm.ip' [declared as 'vm.ip : ipv4' — address]",
          "P502: /vm/boot: missing required value 'vm.boot' [declared as 'vm.boot : bios | uefi' — firmware]",
          "P502: /vm/disks: missing required value 'vm.disks'"
              + " [declared as 'vm.disks : list<path>' — disk images; the first one boots]");

  private static List<String> at(String location, List<String> messages) {
    return messages.stream().map(m -> location + ": " + m).toList();
  }

  @Test
  void defaultsAndAbsentValuesFillTheRest() {
    Checked<Map<String, Value>> bound = Fixture.bind(Fixture.valid());
    assertEquals(List.of(), bound.diagnostics());
    Map<String, Value> v = bound.value();
    assertEquals(Fixture.declarations().variables().keySet(), v.keySet());
    assertEquals(new Value.Int(1), v.get("vm.cpus"));
    assertEquals(new Value.Text("/vm"), v.get("vm.dir"));
    assertEquals(new Value.ListOf(List.of()), v.get("vm.nics"));
    assertEquals(new Value.Bool(false), v.get("debug"));
    assertEquals(Value.ABSENT, v.get("vm.console"));
    assertEquals(Value.ABSENT, v.get("net.uplink"));
    assertEquals(Value.ABSENT, v.get("vm.vnc_password"));
    assertEquals(new Value.Secret("PLUMB_SECRET_VM_ROOT_PASSWORD"), v.get("vm.root_password"));
    assertEquals(new Value.Text("58:9c:fc:00:00:01"), v.get("vm.mac"));
  }

  @Test
  void everyMissingValueIsReportedAtOnce() {
    Checked<Map<String, Value>> bound = Fixture.bind(null);
    assertEquals(at("<values>", MISSING), Fixture.render(bound));
    assertTrue(!bound.ok());
    assertTrue(bound.diagnostics().stream().noneMatch(d -> d.span().hasPosition()));
  }

  @Test
  void missingValuesPointAtTheObjectThatShouldHoldThem() {
    assertEquals(
        at("web1.json:1:8", MISSING), Fixture.render(Fixture.bind("{\"vm\": {\"cpus\": 2}}")));
    assertEquals(at("web1.json:1:1", MISSING), Fixture.render(Fixture.bind("{\"debug\": true}")));
  }

  @Test
  void unknownKeysAreReportedWithTheNearestNames() {
    String json =
        Fixture.valid()
            .replace("\"name\": \"web1\"", "\"name\": \"web1\", \"memroy\": \"2G\"")
            .replaceFirst("\\{", "{\n  \"vn\": {\"name\": \"x\"},\n  \"dbug\": true,");
    assertEquals(
        List.of(
            "web1.json:2:3: P501: /vn: unknown value 'vn' [did you mean 'vm'?]",
            "web1.json:3:3: P501: /dbug: unknown value 'dbug' [did you mean 'debug'?]",
            "web1.json:5:21: P501: /vm/memroy: unknown value 'vm.memroy' [did you mean 'vm.memory'?]"),
        Fixture.render(Fixture.bind(json)));
  }

  @Test
  void theDesignsExampleSuggestsOneName() {
    Map<String, Declarations.Variable> vars = new java.util.LinkedHashMap<>();
    for (String name :
        List.of("vm.name", "vm.memory", "vm.cpus", "vm.disks", "vm.nics", "vm.console", "vm.dir")) {
      vars.put(name, Fixture.var(name, new Type.OptionalOf(Type.Scalar.STRING), null, null));
    }
    Declarations petitecloud =
        new Declarations("petitecloud", null, List.of(), List.of(), Map.of(), vars);
    Checked<Map<String, Value>> bound =
        Binder.bind(petitecloud, Supplied.fromJson("web1.json", "{\"vm\": {\"nmae\": \"web1\"}}"));
    assertEquals(
        List.of("web1.json:1:9: P501: /vm/nmae: unknown value 'vm.nmae' [did you mean 'vm.name'?]"),
        Fixture.render(bound));
  }

  @Test
  void unknownKeysAreEscapedInPointers() {
    assertEquals(
        List.of("web1.json:1:2: P501: /a~1b~0c: unknown value 'a/b~c'"),
        Fixture.render(Fixture.bind(Fixture.valid().replaceFirst("\\{", "{\"a/b~c\": 1,"))));
  }

  @Test
  void aFileNestsDottedNames() {
    assertEquals(
        List.of(
            "web1.json:1:2: P501: /vm.cpus: unknown key 'vm.cpus': a values file nests dotted names"
                + " [write \"vm\": {\"cpus\": …}]"),
        Fixture.render(Fixture.bind(Fixture.valid().replaceFirst("\\{", "{\"vm.cpus\": 2,"))));
  }

  @Test
  void aGroupMustBeAnObject() {
    List<String> expected =
        new java.util.ArrayList<>(
            List.of(
                "web1.json:1:8: P503: /vm: expected an object, got 5"
                    + " ['vm' groups the values vm.name, vm.note, vm.cpus, vm.memory, …]"));
    expected.addAll(at("web1.json:1:1", MISSING));
    assertEquals(expected, Fixture.render(Fixture.bind("{\"vm\": 5}")));
  }

  @Test
  void aRecordVariableIsAnObject() {
    String json =
        Fixture.valid()
            .replaceFirst(
                "\\{",
                "{\"net\": {\"uplink\": {\"tap\": \"tap1\", \"mac\": \"58:9c:fc:00:00:02\", \"bridge\": \"br0\", \"vlan\": 5}},");
    assertEquals(
        List.of("web1.json:1:81: P501: /net/uplink/vlan: unknown field 'vlan' of nic"),
        Fixture.render(Fixture.bind(json)));
  }

  @Test
  void oneRunReportsEveryKindOfError() {
    String json =
        "{\n"
            + "  \"vm\": {\n"
            + "    \"memory\": \"lots\",\n"
            + "    \"cpus\": 128,\n"
            + "    \"nmae\": \"web1\",\n"
            + "    \"disks\": [\"/a\", \"-b\"],\n"
            + "    \"vnc_password\": \"hunter2\"\n"
            + "  }\n"
            + "}\n";
    List<String> codes =
        Fixture.bind(json, "vm.boot=efi").diagnostics().stream()
            .map(d -> d.code() + "@" + d.span().line())
            .toList();
    // Unknown keys first, in file order; then each variable in declared order; sets are typed as
    // bound.
    assertEquals(
        List.of(
            "P501@5", "P502@2", "P502@2", "P504@4", "P503@3", "P502@2", "P503@7", "P502@2",
            "P502@2", "P503@1", "P503@6"),
        codes);
  }

  @Test
  void theDocumentedExampleIsExact() {
    String json = "{\n  \"vm\": {\n    \"memory\": \"lots\"\n  }\n}\n";
    var d =
        Fixture.bind(json).diagnostics().stream()
            .filter(x -> x.code() == Code.P503)
            .findFirst()
            .get();
    assertEquals(
        "web1.json:3:15: P503: /vm/memory: expected a size like 512M or 2G, got \"lots\"",
        Fixture.render(d).substring(0, Fixture.render(d).indexOf(" [")));
    assertEquals(new Span(d.span().file(), 3, 15, 3, 21), d.span());
  }

  @Test
  void valuesFromJavaMapsBindLikeAFile() {
    Map<String, Object> vm = new java.util.LinkedHashMap<>();
    vm.put("name", "web1");
    vm.put("note", "");
    vm.put("memory", 2L << 30);
    vm.put("uefi", true);
    vm.put("mac", "58:9c:fc:00:00:01");
    vm.put("disks", List.of("/vm/a.img"));
    vm.put("console", null);
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("vm", vm);
    values.put("vm.ip", "10.0.0.5");
    values.put("vm.boot", "uefi");
    values.put("vm.cpus", 4);
    Checked<Map<String, Value>> bound = Binder.bind(Fixture.declarations(), Supplied.of(values));
    assertEquals(List.of(), Fixture.render(bound));
    assertEquals(new Value.Size(2L << 30), bound.value().get("vm.memory"));
    assertEquals(new Value.Int(4), bound.value().get("vm.cpus"));
    assertEquals(Value.ABSENT, bound.value().get("vm.console"));
  }

  @Test
  void mapErrorsPointIntoTheJsonTheyWouldBe() {
    Checked<Map<String, Value>> bound =
        Binder.bind(
            Fixture.declarations(), Supplied.of(Map.of("vm.memory", "lots", "vm.cpus", 1.5)));
    List<String> lines = Fixture.render(bound).stream().filter(l -> l.contains("P503")).toList();
    // Map.of has no order of its own: its keys are sorted, so errors come in the same order every
    // run.
    assertEquals(
        List.of(
            "<values>:3:13: P503: /vm/cpus: expected an integer, got 1.5",
            "<values>:4:15: P503: /vm/memory: expected a size like 512M or 2G, got \"lots\""
                + BinderJsonTest.SIZE_HINT),
        lines);
  }
}
