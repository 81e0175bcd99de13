package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.diag.Checked;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code --set NAME=TEXT}: typed by the declaration, located in the assignment, winning over the
 * file.
 */
class BinderSetTest {
  private static final String NAME_HINT = BinderJsonTest.NAME_HINT;
  private static final String PATH_HINT = BinderJsonTest.PATH_HINT;

  /**
   * {@code --set SET} over the valid file gives {@code value} for its name, or exactly {@code
   * errors}.
   */
  record Case(String set, Value value, String... errors) {
    @Override
    public String toString() {
      return set;
    }
  }

  static Case ok(String set, Value value) {
    return new Case(set, value);
  }

  static Case bad(String set, String... errors) {
    return new Case(set, null, errors);
  }

  static Value text(String s) {
    return new Value.Text(s);
  }

  static List<Case> cases() {
    return List.of(
        ok("vm.note=", text("")),
        ok("vm.note=a b'c\"d=e", text("a b'c\"d=e")),
        ok("vm.note=null", text("null")),
        ok("vm.name=web2", text("web2")),
        bad(
            "vm.name=web 2",
            "--set:1:9: P503: /vm/name: expected a name like \"web1\", got \"web 2\"" + NAME_HINT),
        bad(
            "vm.name=",
            "--set:1:9: P503: /vm/name: expected a name like \"web1\", got \"\"" + NAME_HINT),
        ok("vm.cpus=42", new Value.Int(42)),
        bad("vm.cpus=-3", "--set:1:9: P504: /vm/cpus: -3 is below the minimum 1"),
        bad("vm.cpus=4x", "--set:1:9: P503: /vm/cpus: expected an integer, got \"4x\""),
        bad("vm.cpus=1.0", "--set:1:9: P503: /vm/cpus: expected an integer, got \"1.0\""),
        bad(
            "vm.cpus=99999999999999999999",
            "--set:1:9: P504: /vm/cpus: 99999999999999999999 does not fit in 64 bits"),
        ok("vm.memory=2G", new Value.Size(2 * Fixture.G)),
        ok("vm.memory=68719476736", new Value.Size(64 * Fixture.G)),
        bad(
            "vm.memory=lots",
            "--set:1:11: P503: /vm/memory: expected a size like 512M or 2G, got \"lots\""
                + BinderJsonTest.SIZE_HINT),
        bad("vm.memory=32M", "--set:1:11: P504: /vm/memory: 32M is below the minimum 64M"),
        ok("vm.uefi=false", new Value.Bool(false)),
        bad("vm.uefi=yes", "--set:1:9: P503: /vm/uefi: expected true or false, got \"yes\""),
        ok("vm.dir=/srv/my vms", text("/srv/my vms")),
        bad(
            "vm.dir=-x",
            "--set:1:8: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"-x\""
                + PATH_HINT),
        bad(
            "vm.dir=",
            "--set:1:8: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"\""
                + PATH_HINT),
        ok("vm.mac=58:9C:FC:00:00:02", text("58:9c:fc:00:00:02")),
        bad(
            "vm.mac=58:9c",
            "--set:1:8: P503: /vm/mac: expected a mac address like \"58:9c:fc:00:00:01\", got"
                + " \"58:9c\""
                + BinderJsonTest.MAC_HINT),
        ok("vm.ip=10.0.0.7", text("10.0.0.7")),
        bad(
            "vm.ip=10.0.0.256",
            "--set:1:7: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got"
                + " \"10.0.0.256\""
                + BinderJsonTest.IPV4_HINT),
        ok("vm.boot=uefi", new Value.Word("uefi")),
        bad(
            "vm.boot=efi",
            "--set:1:9: P503: /vm/boot: expected one of bios, uefi, got \"efi\" [did you mean 'uefi'?]"),
        ok("vm.disks=[\"/a\", \"/b c\"]", new Value.ListOf(List.of(text("/a"), text("/b c")))),
        ok("vm.disks=[]", new Value.ListOf(List.of())),
        bad(
            "vm.disks=/a",
            "--set:1:10: P503: /vm/disks: expected an array (list<path>), got \"/a\""),
        bad(
            "vm.disks=[\"-a\"]",
            "--set:1:11: P503: /vm/disks/0: expected a path like \"/vm/web1.img\", got \"-a\""
                + PATH_HINT),
        bad(
            "vm.disks=[\"/a\",",
            "--set:1:16: P503: /vm/disks: malformed JSON: unexpected end of input within/between"
                + " Array entries [lists and records are given in JSON, like --set 'vm.disks=[\"/vm/a.img\"]']"),
        bad(
            "vm.nics=[{\"tap\": \"t\"}]",
            "--set:1:10: P502: /vm/nics/0/mac: missing field 'mac' of nic [declared as 'mac : mac']",
            "--set:1:10: P502: /vm/nics/0/bridge: missing field 'bridge' of nic [declared as 'bridge : name']"),
        ok("vm.console=null", Value.ABSENT),
        ok("vm.console=/dev/nmdm0A", text("/dev/nmdm0A")),
        ok(
            "net.uplink={\"tap\": \"tap1\", \"mac\": \"58:9c:fc:00:00:02\", \"bridge\": \"br0\"}",
            new Value.RecordOf(
                Map.of(
                    "tap", text("tap1"), "mac", text("58:9c:fc:00:00:02"), "bridge", text("br0")))),
        ok("net.uplink=null", Value.ABSENT),
        bad(
            "net.uplink=tap1",
            "--set:1:12: P503: /net/uplink: expected an object (nic), got \"tap1\""
                + " [a nic has the fields tap, mac, bridge]"),
        ok("debug=true", new Value.Bool(true)),
        ok("vm.vnc_password=true", new Value.Secret("PLUMB_SECRET_VM_VNC_PASSWORD")),
        ok("vm.vnc_password=false", Value.ABSENT),
        ok("vm.vnc_password=null", Value.ABSENT),
        bad(
            "vm.vnc_password=hunter2",
            "--set:1:17: P503: /vm/vnc_password: a secret is read from the environment"
                + " variable PLUMB_SECRET_VM_VNC_PASSWORD when the script runs, never given at compile time"
                + " [give true if the script will be given it, or false if not]"),
        ok("vm.root_password=true", new Value.Secret("PLUMB_SECRET_VM_ROOT_PASSWORD")),
        bad(
            "vm.root_password=null",
            "--set:1:18: P503: /vm/root_password: the secret 'vm.root_password' is"
                + " required and cannot be left out [give true, or no value: the script reads"
                + " PLUMB_SECRET_VM_ROOT_PASSWORD from its environment when it runs]"),
        bad(
            "vm.nmae=web2",
            "--set:1:1: P501: /vm/nmae: unknown value 'vm.nmae' [did you mean 'vm.mac', 'vm.name' or 'vm.note'?]"),
        bad(
            "vm.memroy=2G",
            "--set:1:1: P501: /vm/memroy: unknown value 'vm.memroy' [did you mean 'vm.memory'?]"),
        bad(
            "mv.name=web2",
            "--set:1:1: P501: /mv/name: unknown value 'mv.name' [did you mean 'vm.name'?]"),
        bad(
            "vm=web2",
            "--set:1:1: P501: /vm: unknown value 'vm' ['vm' groups values; set them one at a time:"
                + " vm.name, vm.note, vm.cpus, vm.memory, …]"));
  }

  @TestFactory
  Stream<DynamicTest> eachEncoding() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.toString(),
                    () -> {
                      Checked<Map<String, Value>> bound = Fixture.bind(Fixture.valid(), c.set());
                      assertEquals(List.of(c.errors()), Fixture.render(bound));
                      String name = c.set().substring(0, c.set().indexOf('='));
                      assertEquals(c.value(), bound.value().get(name));
                    }));
  }

  @Test
  void setWinsOverTheFileAndTheLaterSetWins() {
    Checked<Map<String, Value>> bound =
        Fixture.bind(Fixture.valid(), "vm.memory=4G", "vm.cpus=2", "vm.cpus=8");
    assertEquals(List.of(), Fixture.render(bound));
    assertEquals(new Value.Size(4 * Fixture.G), bound.value().get("vm.memory"));
    assertEquals(new Value.Int(8), bound.value().get("vm.cpus"));
  }

  @Test
  void aValueThatLosesIsNotChecked() {
    Checked<Map<String, Value>> bound =
        Fixture.bind(
            Fixture.jsonWith("memory", "\"lots\""), "vm.cpus=many", "vm.memory=1G", "vm.cpus=3");
    assertEquals(List.of(), Fixture.render(bound));
    assertEquals(new Value.Size(Fixture.G), bound.value().get("vm.memory"));
    assertEquals(new Value.Int(3), bound.value().get("vm.cpus"));
  }

  @Test
  void setsAloneCanGiveEveryValue() {
    Checked<Map<String, Value>> bound =
        Fixture.bind(
            null,
            "vm.name=web1",
            "vm.note=",
            "vm.memory=512M",
            "vm.uefi=true",
            "vm.mac=58:9c:fc:00:00:01",
            "vm.ip=10.0.0.5",
            "vm.boot=bios",
            "vm.disks=[\"/vm/a.img\"]");
    assertEquals(List.of(), Fixture.render(bound));
    assertEquals(Fixture.declarations().variables().keySet(), bound.value().keySet());
  }

  @Test
  void aValueErrorIsUnderlinedWhole() {
    Checked<Map<String, Value>> bound = Fixture.bind(Fixture.valid(), "vm.memory=lots");
    var span = bound.diagnostics().get(0).span();
    assertEquals("vm.memory=lots", span.file().text());
    assertEquals(11, span.column());
    assertEquals(15, span.endColumn());
  }
}
