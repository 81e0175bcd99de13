package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.diag.Checked;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each type's accepted and rejected JSON encodings, with exact messages and locations. */
class BinderJsonTest {
  private static final long M = Fixture.M;
  private static final long G = Fixture.G;

  /**
   * {@code vm.KEY = JSON} gives {@code value}, or exactly the {@code errors} (with "@" for
   * "web1.json:3:COL").
   */
  record Case(String key, String json, Value value, String... errors) {
    @Override
    public String toString() {
      return key + " = " + json;
    }
  }

  static Case ok(String key, String json, Value value) {
    return new Case(key, json, value);
  }

  static Case bad(String key, String json, String... errors) {
    return new Case(key, json, null, errors);
  }

  static Value text(String s) {
    return new Value.Text(s);
  }

  static final String NAME_HINT =
      " [letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters]";
  static final String PATH_HINT =
      " [non-empty text without NUL or line breaks, not starting with '-']";
  static final String MAC_HINT = " [six hex pairs like 58:9c:fc:00:00:01]";
  static final String IPV4_HINT =
      " [a dotted quad like 10.0.0.5, each part 0 to 255 without leading zeros]";
  static final String SIZE_HINT = " [a number with a unit B, K, M, G or T, like 512M or 2G]";
  static final String SIZE_KIND_HINT = " [a size is a string like \"2G\" or a number of bytes]";

  static List<Case> cases() {
    String longName = "a".repeat(64);
    return List.of(
        // name
        ok("name", "\"web1\"", text("web1")),
        ok("name", "\"A.b_c-9\"", text("A.b_c-9")),
        ok("name", "\"" + longName + "\"", text(longName)),
        bad(
            "name",
            "\"web 1\"",
            "@: P503: /vm/name: expected a name like \"web1\", got \"web 1\"" + NAME_HINT),
        bad(
            "name",
            "\"-web\"",
            "@: P503: /vm/name: expected a name like \"web1\", got \"-web\"" + NAME_HINT),
        bad(
            "name",
            "\"\"",
            "@: P503: /vm/name: expected a name like \"web1\", got \"\"" + NAME_HINT),
        bad(
            "name",
            "\"" + longName + "b\"",
            "@: P503: /vm/name: expected a name like \"web1\", got \""
                + "a".repeat(40)
                + "…\""
                + NAME_HINT),
        bad("name", "5", "@: P503: /vm/name: expected a name like \"web1\", got 5"),
        // string
        ok("note", "\"\"", text("")),
        ok("note", "\"a \\\"b\\\"\\n\\tc\"", text("a \"b\"\n\tc")),
        ok("note", "\"é😀\\ud83d\\ude00\"", text("é😀😀")),
        bad(
            "note",
            "\"a\\u0000b\"",
            "@: P503: /vm/note: expected a string without NUL characters or unpaired surrogates, got \"a\\u0000b\""),
        bad(
            "note",
            "\"x\\ud800\"",
            "@: P503: /vm/note: expected a string without NUL characters or unpaired surrogates, got \"x\\ud800\""),
        bad("note", "5", "@: P503: /vm/note: expected a string, got 5"),
        bad("note", "null", "@: P503: /vm/note: expected a string, got null"),
        bad("note", "[\"a\"]", "@: P503: /vm/note: expected a string, got an array"),
        // int 1..64
        ok("cpus", "1", new Value.Int(1)),
        ok("cpus", "64", new Value.Int(64)),
        bad("cpus", "0", "@: P504: /vm/cpus: 0 is below the minimum 1"),
        bad("cpus", "128", "@: P504: /vm/cpus: 128 is above the maximum 64"),
        bad("cpus", "-3", "@: P504: /vm/cpus: -3 is below the minimum 1"),
        bad("cpus", "1.0", "@: P503: /vm/cpus: expected an integer, got 1.0"),
        bad("cpus", "1e2", "@: P503: /vm/cpus: expected an integer, got 1e2"),
        bad("cpus", "\"1\"", "@: P503: /vm/cpus: expected an integer, got \"1\""),
        bad("cpus", "true", "@: P503: /vm/cpus: expected an integer, got true"),
        bad(
            "cpus",
            "99999999999999999999",
            "@: P504: /vm/cpus: 99999999999999999999 does not fit in 64 bits"),
        // size 64M..1T
        ok("memory", "\"2G\"", new Value.Size(2 * G)),
        ok("memory", "\"1536M\"", new Value.Size(1536 * M)),
        ok("memory", "\"1T\"", new Value.Size(1L << 40)),
        ok("memory", "\"67108864\"", new Value.Size(64 * M)),
        ok("memory", "\"67108864B\"", new Value.Size(64 * M)),
        ok("memory", "2147483648", new Value.Size(2 * G)),
        bad(
            "memory",
            "\"lots\"",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got \"lots\"" + SIZE_HINT),
        bad(
            "memory",
            "\"2g\"",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got \"2g\"" + SIZE_HINT),
        bad(
            "memory",
            "\"2 G\"",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got \"2 G\"" + SIZE_HINT),
        bad(
            "memory",
            "\"-2G\"",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got \"-2G\"" + SIZE_HINT),
        bad(
            "memory",
            "-1",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got -1" + SIZE_KIND_HINT),
        bad(
            "memory",
            "2.5",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got 2.5" + SIZE_KIND_HINT),
        bad(
            "memory",
            "true",
            "@: P503: /vm/memory: expected a size like 512M or 2G, got true" + SIZE_KIND_HINT),
        bad("memory", "\"32M\"", "@: P504: /vm/memory: 32M is below the minimum 64M"),
        bad("memory", "\"2048G\"", "@: P504: /vm/memory: 2T is above the maximum 1T"),
        bad("memory", "1000", "@: P504: /vm/memory: 1000B is below the minimum 64M"),
        bad(
            "memory",
            "\"99999999999T\"",
            "@: P504: /vm/memory: size 99999999999T does not fit in 64 bits"),
        bad(
            "memory",
            "\"99999999999999999999\"",
            "@: P504: /vm/memory: size 99999999999999999999 does not fit in 64 bits"),
        bad(
            "memory",
            "99999999999999999999",
            "@: P504: /vm/memory: 99999999999999999999 does not fit in 64 bits"),
        // bool
        ok("uefi", "true", new Value.Bool(true)),
        ok("uefi", "false", new Value.Bool(false)),
        bad("uefi", "\"true\"", "@: P503: /vm/uefi: expected true or false, got \"true\""),
        bad("uefi", "1", "@: P503: /vm/uefi: expected true or false, got 1"),
        bad("uefi", "null", "@: P503: /vm/uefi: expected true or false, got null"),
        // path (with a default)
        ok("dir", "\"/srv/vm dir\"", text("/srv/vm dir")),
        ok("dir", "\"relative/ok-\"", text("relative/ok-")),
        bad(
            "dir",
            "\"\"",
            "@: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"\"" + PATH_HINT),
        bad(
            "dir",
            "\"-rf\"",
            "@: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"-rf\"" + PATH_HINT),
        bad(
            "dir",
            "\"a\\nb\"",
            "@: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"a\\nb\"" + PATH_HINT),
        bad(
            "dir",
            "\"a\\rb\"",
            "@: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"a\\rb\"" + PATH_HINT),
        bad(
            "dir",
            "\"a\\u0000\"",
            "@: P503: /vm/dir: expected a path like \"/vm/web1.img\", got \"a\\u0000\""
                + PATH_HINT),
        bad("dir", "null", "@: P503: /vm/dir: expected a path like \"/vm/web1.img\", got null"),
        // mac, stored lower case
        ok("mac", "\"58:9C:FC:00:00:0A\"", text("58:9c:fc:00:00:0a")),
        bad(
            "mac",
            "\"58:9c:fc:00:00\"",
            "@: P503: /vm/mac: expected a mac address like \"58:9c:fc:00:00:01\", got \"58:9c:fc:00:00\""
                + MAC_HINT),
        bad(
            "mac",
            "\"58-9c-fc-00-00-01\"",
            "@: P503: /vm/mac: expected a mac address like \"58:9c:fc:00:00:01\","
                + " got \"58-9c-fc-00-00-01\""
                + MAC_HINT),
        bad(
            "mac",
            "\"58:9c:fc:00:00:0g\"",
            "@: P503: /vm/mac: expected a mac address like \"58:9c:fc:00:00:01\","
                + " got \"58:9c:fc:00:00:0g\""
                + MAC_HINT),
        // ipv4
        ok("ip", "\"10.0.0.5\"", text("10.0.0.5")),
        ok("ip", "\"255.255.255.255\"", text("255.255.255.255")),
        ok("ip", "\"0.0.0.0\"", text("0.0.0.0")),
        bad(
            "ip",
            "\"256.0.0.1\"",
            "@: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got \"256.0.0.1\""
                + IPV4_HINT),
        bad(
            "ip",
            "\"10.0.0.05\"",
            "@: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got \"10.0.0.05\""
                + IPV4_HINT),
        bad(
            "ip",
            "\"10.0.0\"",
            "@: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got \"10.0.0\""
                + IPV4_HINT),
        bad(
            "ip",
            "\"1.2.3.4.5\"",
            "@: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got \"1.2.3.4.5\""
                + IPV4_HINT),
        bad(
            "ip",
            "\"1.2.3.\"",
            "@: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got \"1.2.3.\""
                + IPV4_HINT),
        bad(
            "ip",
            "167772165",
            "@: P503: /vm/ip: expected an ipv4 address like \"10.0.0.5\", got 167772165"),
        // enum
        ok("boot", "\"uefi\"", new Value.Word("uefi")),
        bad(
            "boot",
            "\"bio\"",
            "@: P503: /vm/boot: expected one of bios, uefi, got \"bio\" [did you mean 'bios'?]"),
        bad("boot", "\"BIOS\"", "@: P503: /vm/boot: expected one of bios, uefi, got \"BIOS\""),
        bad("boot", "1", "@: P503: /vm/boot: expected one of bios, uefi, got 1"),
        // list<path>
        ok("disks", "[]", new Value.ListOf(List.of())),
        ok("disks", "[\"/a\", \"/b\"]", new Value.ListOf(List.of(text("/a"), text("/b")))),
        bad("disks", "\"/a\"", "@: P503: /vm/disks: expected an array (list<path>), got \"/a\""),
        bad(
            "disks",
            "[\"/a\", \"-b\", 3]",
            "web1.json:3:21: P503: /vm/disks/1: expected a path like \"/vm/web1.img\", got \"-b\""
                + PATH_HINT,
            "web1.json:3:27: P503: /vm/disks/2: expected a path like \"/vm/web1.img\", got 3"),
        // list<nic>
        ok(
            "nics",
            "[{\"tap\": \"tap0\", \"mac\": \"58:9C:FC:00:00:01\", \"bridge\": \"bridge0\"}]",
            new Value.ListOf(
                List.of(
                    new Value.RecordOf(
                        Map.of(
                            "tap",
                            text("tap0"),
                            "mac",
                            text("58:9c:fc:00:00:01"),
                            "bridge",
                            text("bridge0")))))),
        bad(
            "nics",
            "[{\"tap\": \"tap0\", \"mca\": \"x\", \"bridge\": \"b 0\"}]",
            "web1.json:3:30: P501: /vm/nics/0/mca: unknown field 'mca' of nic [did you mean 'mac'?]",
            "web1.json:3:52: P503: /vm/nics/0/bridge: expected a name like \"web1\", got \"b 0\""
                + NAME_HINT,
            "web1.json:3:14: P502: /vm/nics/0/mac: missing field 'mac' of nic [declared as 'mac : mac']"),
        bad(
            "nics",
            "[\"tap0\"]",
            "web1.json:3:14: P503: /vm/nics/0: expected an object (nic), got \"tap0\""
                + " [a nic has the fields tap, mac, bridge]"),
        // path?
        ok("console", "null", Value.ABSENT),
        ok("console", "\"/dev/nmdm0A\"", text("/dev/nmdm0A")),
        bad(
            "console",
            "\"\"",
            "@: P503: /vm/console: expected a path like \"/vm/web1.img\", got \"\"" + PATH_HINT),
        // secret? and secret
        ok("vnc_password", "true", new Value.Secret("PLUMB_SECRET_VM_VNC_PASSWORD")),
        ok("vnc_password", "false", Value.ABSENT),
        ok("vnc_password", "null", Value.ABSENT),
        bad(
            "vnc_password",
            "\"hunter2\"",
            "@: P503: /vm/vnc_password: a secret is read from the environment variable"
                + " PLUMB_SECRET_VM_VNC_PASSWORD when the script runs, never given at compile time"
                + " [give true if the script will be given it, or false if not]"),
        ok("root_password", "true", new Value.Secret("PLUMB_SECRET_VM_ROOT_PASSWORD")),
        bad(
            "root_password",
            "false",
            "@: P503: /vm/root_password: the secret 'vm.root_password' is required and"
                + " cannot be left out [give true, or no value: the script reads PLUMB_SECRET_VM_ROOT_PASSWORD from its"
                + " environment when it runs]"),
        bad(
            "root_password",
            "\"hunter2\"",
            "@: P503: /vm/root_password: a secret is read from the environment"
                + " variable PLUMB_SECRET_VM_ROOT_PASSWORD when the script runs, never given at compile time"
                + " [give true, or no value at all]"));
  }

  @TestFactory
  Stream<DynamicTest> eachEncoding() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.toString(),
                    () -> {
                      Checked<Map<String, Value>> bound =
                          Fixture.bind(Fixture.jsonWith(c.key(), c.json()));
                      List<String> expected = new ArrayList<>();
                      String at = "web1.json:3:" + Fixture.valueColumn(c.key());
                      Arrays.stream(c.errors())
                          .map(e -> e.replace("@:", at + ":"))
                          .forEach(expected::add);
                      assertEquals(expected, Fixture.render(bound));
                      assertEquals(c.value(), bound.value().get("vm." + c.key()));
                    }));
  }
}
