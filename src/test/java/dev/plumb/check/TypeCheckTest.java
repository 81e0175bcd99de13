package dev.plumb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The type checker on expressions (docs/language.md §2): each row is an expression in a hole of
 * {@code echo {{ … }}} (or in a comment, where a type that can hold a newline is P312) and every
 * diagnostic loading the pack gives, {@code ok} when it loads. The variables are those of {@link
 * TestPack#MANIFEST}.
 */
class TypeCheckTest {
  @TempDir Path dir;

  private static final String[][] HOLES = {
    {"vm.cpus + 1", "ok"},
    {"vm.memory + 1G", "ok"},
    {"vm.memory * 2", "ok"},
    {"2 * vm.memory", "ok"},
    {"vm.memory - 1G", "ok"},
    {
      "vm.memory + 1",
      "P204 p/start.plumb:2:9: '+' cannot combine size and int [ints and sizes do not mix: write a size like 4G, or convert with mib(…)]"
    },
    {"vm.memory * vm.memory", "P204 p/start.plumb:2:9: '*' cannot combine size and size"},
    {
      "vm.cpus - vm.memory",
      "P204 p/start.plumb:2:9: '-' cannot combine int and size [ints and sizes do not mix: write a size like 4G, or convert with mib(…)]"
    },
    {"vm.name - \"a\"", "P204 p/start.plumb:2:9: '-' cannot combine name and string"},
    {"vm.on + 1", "P204 p/start.plumb:2:9: '+' cannot combine bool and int"},
    {"vm.note * 2", "P204 p/start.plumb:2:9: '*' cannot combine string and int"},
    {
      "vm.cpus < vm.memory",
      "P204 p/start.plumb:2:9: '<' compares two ints or two sizes, not int and size [ints and sizes do not mix: write a size like 4G, or convert with mib(…)]"
    },
    {
      "vm.name < \"a\"",
      "P204 p/start.plumb:2:9: '<' compares two ints or two sizes, not name and string"
    },
    {
      "vm.on >= true",
      "P204 p/start.plumb:2:9: '>=' compares two ints or two sizes, not bool and bool"
    },
    {"vm.cpus == vm.name", "P204 p/start.plumb:2:9: cannot compare int with name"},
    {
      "vm.disks == vm.disks",
      "P204 p/start.plumb:2:9: '==' compares scalars and enums, not list<path>"
    },
    {
      "vm.nics[0] == vm.nics[0]", "P204 p/start.plumb:2:9: '==' compares scalars and enums, not nic"
    },
    {
      "bios == uefi",
      "P211 p/start.plumb:2:9: the bare word 'bios' has no enum to belong to here [compare it with an enum (vm.boot == bios), or write a string \"bios\"]"
    },
    {"vm.boot == bios", "ok"},
    {"bios != vm.boot", "ok"},
    {
      "vm.boot == foo",
      "P209 p/start.plumb:2:20: 'foo' is not a value of bios | uefi [the values are bios, uefi]"
    },
    {"vm.name in vm.disks", "P204 p/start.plumb:2:9: expected path, got name"},
    {
      "\"a\" in vm.name",
      "P204 p/start.plumb:2:16: 'in' needs a list on its right, got name [to find text in a string, use contains(string, part)]"
    },
    {"host in [freebsd, linux]", "ok"},
    {
      "host in [freebsd, mars]",
      "P209 p/start.plumb:2:27: 'mars' is not a value of host [the values are freebsd, linux]"
    },
    {"vm.cpus in [1, 2]", "ok"},
    {"vm.cpus in [\"a\"]", "P204 p/start.plumb:2:9: expected string, got int"},
    {
      "vm.password == \"x\"",
      "P207 p/start.plumb:2:9: 'vm.password' is optional (secret?) [use it inside '%if present(vm.password)', or write default(vm.password, …)]"
    },
    {"not vm.cpus", "P204 p/start.plumb:2:13: the operand of 'not' must be a bool, got int"},
    {"vm.cpus and true", "P204 p/start.plumb:2:9: the left side of 'and' must be a bool, got int"},
    {"true or vm.cpus", "P204 p/start.plumb:2:17: the right side of 'or' must be a bool, got int"},
    {"present(vm.console) and vm.console == \"/dev/x\"", "ok"},
    {
      "present(vm.console) or vm.console == \"/dev/x\"",
      "P207 p/start.plumb:2:32: 'vm.console' is optional (path?) [use it inside '%if present(vm.console)', or write default(vm.console, …)]"
    },
    {
      "vm.console == \"/dev/x\"",
      "P207 p/start.plumb:2:9: 'vm.console' is optional (path?) [use it inside '%if present(vm.console)', or write default(vm.console, …)]"
    },
    {"lenx(vm.disks)", "P202 p/start.plumb:2:9: unknown function 'lenx' [did you mean 'len'?]"},
    {"len()", "P203 p/start.plumb:2:9: len() takes 1 argument, got 0"},
    {"join(vm.disks)", "P203 p/start.plumb:2:9: join() takes 2 arguments, got 1"},
    {"len(vm.cpus)", "P204 p/start.plumb:2:13: len() needs a list or text, got int"},
    {
      "len(vm.password)",
      "P207 p/start.plumb:2:13: 'vm.password' is optional (secret?) [use it inside '%if present(vm.password)', or write default(vm.password, …)]"
    },
    {
      "join(vm.nics, \",\")",
      "P208 p/start.plumb:2:14: join() needs a list of scalars, got list<nic>"
    },
    {"join(vm.cpus, \",\")", "P204 p/start.plumb:2:14: join() needs a list, got int"},
    {
      "join(vm.disks, 1)",
      "P204 p/start.plumb:2:24: expected text, got int [convert it with str(…)]"
    },
    {
      "join(vm.disks, vm.boot)",
      "P204 p/start.plumb:2:24: expected text, got bios | uefi [convert it with str(…)]"
    },
    {
      "contains(vm.cpus, \"a\")",
      "P204 p/start.plumb:2:18: expected text, got int [convert it with str(…)]"
    },
    {"contains(vm.nics, \"a\")", "P204 p/start.plumb:2:18: expected text, got list<nic>"},
    {"str(vm.disks)", "P208 p/start.plumb:2:13: str() needs a scalar, got list<path>"},
    {"str(vm.nics[0])", "P208 p/start.plumb:2:13: str() needs a scalar, got nic"},
    {
      "present(vm.name)",
      "P204 p/start.plumb:2:17: present() needs an optional value, got name [only values declared with '?' can be absent]"
    },
    {
      "present(bios)",
      "P211 p/start.plumb:2:17: the bare word 'bios' has no enum to belong to here [compare it with an enum (vm.boot == bios), or write a string \"bios\"]"
    },
    {"present(vm)", "P201 p/start.plumb:2:17: unknown variable 'vm'"},
    {
      "default(vm.name, \"x\")",
      "P204 p/start.plumb:2:17: default() needs an optional value, got name [only values declared with '?' can be absent]"
    },
    {"default(vm.console, 1)", "P204 p/start.plumb:2:29: expected path, got int"},
    {"mib(vm.cpus)", "P204 p/start.plumb:2:13: expected size, got int"},
    {"vm.cpus[0]", "P204 p/start.plumb:2:9: only lists can be indexed, not int"},
    {"vm.disks[\"a\"]", "P204 p/start.plumb:2:18: expected int, got string"},
    {"vm.nics[0].foo", "P210 p/start.plumb:2:9: nic has no field 'foo'"},
    {"vm.cpus.foo", "P204 p/start.plumb:2:9: '.foo' needs a record, got int"},
    {
      "vm.nmae",
      "P201 p/start.plumb:2:9: unknown variable 'vm.nmae' [did you mean 'vm.name', 'vm.note' or 'vm.nics'?]"
    },
    {"vm", "P201 p/start.plumb:2:9: unknown variable 'vm'"},
    {
      "foo",
      "P201 p/start.plumb:2:9: unknown name 'foo' [no variable, axis, '%let' or '%each' has this name]"
    },
    {
      "{a: 1}",
      "P204 p/start.plumb:2:9: a record literal needs a declared record type here [record literals can be given to fragment parameters and defaults]"
    },
    {"[1, \"a\"]", "P204 p/start.plumb:2:13: expected int, got string"},
    {"[]", "ok"},
    {"-vm.name", "P204 p/start.plumb:2:10: expected int, got name"},
    {"-vm.memory", "P204 p/start.plumb:2:10: expected int, got size"},
    {
      "present(vm.password) and vm.password == \"x\"",
      "P217 p/start.plumb:2:34: a secret is not known at compile time [write it into the script with a hole; the script reads it when it runs]"
    }
  };

  private static final String[][] COMMENTS = {
    {"vm.dir + \"/x\"", "ok"},
    {
      "vm.dir + vm.note",
      "P312 p/start.plumb:2:10: hole '{{ vm.dir + vm.note }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"vm.dir + vm.name", "ok"},
    {
      "vm.name + vm.dir",
      "P312 p/start.plumb:2:10: hole '{{ vm.name + vm.dir }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {
      "vm.note + vm.dir",
      "P312 p/start.plumb:2:10: hole '{{ vm.note + vm.dir }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"basename(vm.dir)", "ok"},
    {
      "basename(vm.note)",
      "P312 p/start.plumb:2:10: hole '{{ basename(vm.note) }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {
      "dirname(vm.name)",
      "P312 p/start.plumb:2:10: hole '{{ dirname(vm.name) }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"commas(vm.dir)", "ok"},
    {
      "commas(vm.note)",
      "P312 p/start.plumb:2:10: hole '{{ commas(vm.note) }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"commas(vm.name)", "ok"},
    {
      "lower(vm.dir)",
      "P312 p/start.plumb:2:10: hole '{{ lower(vm.dir) }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {
      "str(vm.cpus)",
      "P312 p/start.plumb:2:10: hole '{{ str(vm.cpus) }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"default(vm.console, \"/dev/null\")", "ok"},
    {
      "vm.disks",
      "P313 p/start.plumb:2:10: list hole '{{ vm.disks }}' in a comment must be a whole argument [make one string of it with join(list, \" \")]"
    },
    {
      "vm.tags",
      "P312 p/start.plumb:2:10: hole '{{ vm.tags }}' of type 'list<string>' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {
      "vm.nics",
      "P208 p/start.plumb:2:13: a record (nic) cannot be written into the script [pick a field, such as .tap]"
    },
    {"vm.cpus", "ok"},
    {"vm.boot", "ok"},
    {"host", "ok"},
    {
      "join(vm.disks, \" \")",
      "P312 p/start.plumb:2:10: hole '{{ join(vm.disks, \" \") }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"vm.dir + \"\\t\"", "ok"},
    {
      "vm.dir + str(1)",
      "P312 p/start.plumb:2:10: hole '{{ vm.dir + str(1) }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {"present(vm.password) and true", "ok"},
    {
      "vm.dir + \"\\n\"",
      "P312 p/start.plumb:2:10: hole '{{ vm.dir + \"\\n\" }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    },
    {
      "vm.dir + \"\\r\"",
      "P312 p/start.plumb:2:10: hole '{{ vm.dir + \"\\r\" }}' of type 'string' in a comment could end the comment with a newline [move the value out of the comment, or use a type that cannot hold a newline]"
    }
  };

  static Stream<Arguments> holes() {
    return Stream.of(HOLES).map(r -> Arguments.of(r[0], r[1]));
  }

  static Stream<Arguments> comments() {
    return Stream.of(COMMENTS).map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void holes(String expression, String expected) {
    assertEquals(expected, check("echo {{ " + expression + " }}\n"));
  }

  /**
   * In a comment only types that cannot hold a newline may stand: path arithmetic keeps paths
   * single-line.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void comments(String expression, String expected) {
    assertEquals(expected, check("echo x # {{ " + expression + " }}\n"));
  }

  private String check(String line) {
    TestPack pack = TestPack.start(dir, line);
    List<String> errors;
    try {
      pack.load();
      return "ok";
    } catch (dev.plumb.PlumbException e) {
      errors = TestPack.render(e.diagnostics());
    }
    return String.join(" // ", errors);
  }
}
