package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compile-time evaluation of expressions (docs/language.md §2): each row is a hole's expression and
 * the word it writes, with the test pack's defaults ({@code vm.cpus = 2}, {@code vm.memory = 1G},
 * {@code vm.disks = ["/vm/a.img", "/vm/b c.img"]}, {@code vm.name = "web1"}) in the cell
 * host=freebsd hypervisor=bhyve.
 */
class ExpressionsTest {
  @TempDir Path dir;

  private String eval(String expression, Values values) {
    TestPack pack =
        TestPack.of(dir, "start.plumb", "%template start\necho {{ " + expression + " }}\n");
    String body = pack.body(values);
    assertEquals("echo ", body.substring(0, 5), body);
    return body.substring(5, body.length() - 1);
  }

  private List<String> errors(String expression, Values values) {
    TestPack pack =
        TestPack.of(dir, "start.plumb", "%template start\necho {{ " + expression + " }}\n");
    return pack.compileErrors(values);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // arithmetic on ints
        "vm.cpus + 3|5",
        "vm.cpus - 3|-1",
        "vm.cpus * 3|6",
        "-vm.cpus|-2",
        "- -vm.cpus|2",
        "1 + 2 * 3|7",
        "(1 + 2) * 3|9",
        "10 - 2 - 3|5",
        // sizes: + - * and largest exact unit
        "vm.memory + 512M|1536M",
        "vm.memory - 512M|512M",
        "vm.memory * 2|2G",
        "2 * vm.memory|2G",
        "vm.memory - 1G|0",
        "vm.memory + 1B|1073741825",
        "vm.memory * 1024|1T",
        // comparisons of ints and of sizes, each operator on both sides of equality
        "vm.cpus < 2|false",
        "vm.cpus < 3|true",
        "vm.cpus <= 2|true",
        "vm.cpus <= 1|false",
        "vm.cpus > 2|false",
        "vm.cpus > 1|true",
        "vm.cpus >= 2|true",
        "vm.cpus >= 3|false",
        "vm.memory < 1G|false",
        "vm.memory < 2G|true",
        "vm.memory <= 1G|true",
        "vm.memory <= 512M|false",
        "vm.memory > 1G|false",
        "vm.memory > 512M|true",
        "vm.memory >= 1G|true",
        "vm.memory >= 2G|false",
        "vm.cpus == 2|true",
        "vm.cpus != 2|false",
        "vm.cpus == 3|false",
        "vm.cpus != 3|true",
        "vm.memory == 1024M|true",
        "vm.name == \"web1\"|true",
        "vm.name != \"web1\"|false",
        // logic, short-circuit included
        "true and false|false",
        "true and true|true",
        "false or true|true",
        "false or false|false",
        "not vm.on|true",
        "not (vm.cpus > 1)|false",
        "len(vm.tags) > 0 and vm.tags[0] == \"x\"|false",
        "len(vm.tags) == 0 or vm.tags[0] == \"x\"|true",
        // axes and enum words
        "host|freebsd",
        "host == freebsd|true",
        "host != freebsd|false",
        "hypervisor in [qemu, bhyve]|true",
        "host in [linux]|false",
        "vm.boot|bios",
        "vm.boot == uefi|false",
        "vm.boot in [bios, uefi]|true",
        // lists
        "vm.disks[0]|/vm/a.img",
        "vm.disks[1]|'/vm/b c.img'",
        "len(vm.disks)|2",
        "len(vm.tags)|0",
        "\"/vm/a.img\" in vm.disks|true",
        "\"/vm\" in vm.disks|false",
        "[1, 2, 3][2]|3",
        "join(vm.disks, \",\")|'/vm/a.img,/vm/b c.img'",
        "join([1, 2], \"-\")|1-2",
        "join(vm.tags, \",\")|''",
        "join([vm.memory, 1000B], \" \")|'1G 1000B'",
        "join([true, false], \"\")|truefalse",
        "join([host], \"/\")|freebsd",
        "join([\"a\"], \"-\")|a",
        // text
        "vm.name + \"-\" + str(vm.cpus)|web1-2",
        "len(\"héllo\")|5",
        "len(\"\")|0",
        "upper(vm.name)|WEB1",
        "lower(\"AbC\")|abc",
        "contains(vm.name, \"eb\")|true",
        "contains(vm.name, \"x\")|false",
        "commas(\"a,b,,c\")|a,,b,,,,c",
        "shquote(vm.cpus) == \"'2'\"|true",
        "shquote(\"it's $(x)\") == \"'it'\\\\''s $(x)'\"|true",
        "str(vm.memory)|1G",
        "str(1000B)|1000B",
        "str(vm.on)|false",
        "str(host)|freebsd",
        "str(\"t\")|t",
        "str(vm.cpus * 1024)|2048",
        // sizes as numbers
        "bytes(vm.memory)|1073741824",
        "kib(vm.memory)|1048576",
        "mib(vm.memory)|1024",
        "gib(vm.memory)|1",
        "mib(3M)|3",
        "kib(1K)|1",
        // paths
        "basename(vm.disks[0])|a.img",
        "dirname(vm.disks[0])|/vm",
        "basename(\"/\")|/",
        "dirname(\"a\")|.",
        // optionals
        "present(vm.console)|false",
        "default(vm.console, \"/dev/null\")|/dev/null",
      })
  void values(String expression, String expected) {
    assertEquals(expected, eval(expression, Values.none()));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "present(vm.console)|true",
        "default(vm.console, \"/dev/null\")|/dev/nmdm0A",
        "basename(default(vm.console, \"/\"))|nmdm0A",
      })
  void optionalsWhenGiven(String expression, String expected) {
    assertEquals(expected, eval(expression, Values.none().set("vm.console", "/dev/nmdm0A")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "vm.disks[2]|P507 p/start.plumb:2:9: index 2 is out of range for a list of 2 elements [indexes count from 0]",
        "vm.disks[-1]|P507 p/start.plumb:2:9: index -1 is out of range for a list of 2 elements [indexes count from 0]",
        "vm.tags[0]|P507 p/start.plumb:2:9: index 0 is out of range for a list of 0 elements [guard it with '%if len(…) > 0']",
        "[\"a\"][1]|P507 p/start.plumb:2:9: index 1 is out of range for a list of 1 element [indexes count from 0]",
        "mib(vm.memory + 1K)|P508 p/start.plumb:2:9: 1048577K is not a whole number of MiB [give a size that is a multiple of 1M]",
        "gib(1536M)|P508 p/start.plumb:2:9: 1536M is not a whole number of GiB [give a size that is a multiple of 1G]",
        "kib(1000B)|P508 p/start.plumb:2:9: 1000B is not a whole number of KiB [give a size that is a multiple of 1K]",
        "vm.memory - 2G|P510 p/start.plumb:2:9: a size cannot be below zero",
        "vm.big + 1|P510 p/start.plumb:2:9: arithmetic overflow",
        "vm.big * 2|P510 p/start.plumb:2:9: arithmetic overflow",
        "-vm.big - 2|P510 p/start.plumb:2:9: arithmetic overflow",
        "vm.memory * 9223372036854775807|P510 p/start.plumb:2:9: arithmetic overflow",
      })
  void valueErrors(String expression, String expected) {
    assertEquals(
        List.of(expected), errors(expression, Values.none().set("vm.big", "9223372036854775807")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "-vm.big|-9223372036854775807",
        "vm.big - 1|9223372036854775806",
      })
  void nearTheLimits(String expression, String expected) {
    assertEquals(expected, eval(expression, Values.none().set("vm.big", "9223372036854775807")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "-vm.big|P510 p/start.plumb:2:9: arithmetic overflow",
        "vm.big - 1|P510 p/start.plumb:2:9: arithmetic overflow",
      })
  void atTheMinimum(String expression, String expected) {
    assertEquals(
        List.of(expected),
        errors(expression, Values.of(Map.of("vm", Map.of("big", Long.MIN_VALUE)))));
  }
}
