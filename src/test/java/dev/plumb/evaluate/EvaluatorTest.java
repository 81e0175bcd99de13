package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Cell;
import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directives run with the values known: choices, unrolling, constants, preconditions, blocks,
 * fragments.
 */
class EvaluatorTest {
  @TempDir Path dir;

  @Test
  void ifTakesTheFirstTrueBranchElseTheOtherwise() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %if vm.cpus > 4
        big
        %elif vm.cpus > 1
        medium
        %elif vm.cpus > 0
        small
        %else
        none
        %end
        %if vm.on
        on
        %end
        after
        """);
    assertEquals("big\nafter\n", pack.body(Values.none().set("vm.cpus", "8")));
    assertEquals("medium\nafter\n", pack.body(Values.none().set("vm.cpus", "4")));
    assertEquals("small\nafter\n", pack.body(Values.none().set("vm.cpus", "1")));
    assertEquals(
        "on\nafter\n".replace("on", "small\non"),
        pack.body(Values.none().set("vm.cpus", "1").set("vm.on", "true")));
  }

  @Test
  void axesDecideBranchesPerCell() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %if host == freebsd and hypervisor == bhyve
        bhyve
        %elif hypervisor == qemu
        qemu on {{ host }}
        %else
        other
        %end
        """);
    assertEquals("bhyve\n", pack.body(TestPack.BHYVE, Values.none()));
    assertEquals("qemu on linux\n", pack.body(TestPack.QEMU, Values.none()));
    assertEquals(
        "other\n", pack.body(Cell.of("host", "linux", "hypervisor", "bhyve"), Values.none()));
  }

  @Test
  void eachUnrollsWithItsIndexFromZero() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %each d, i in vm.disks
        -s {{ 3 + i }}:0,{{ d }}
        %end
        %each d in vm.disks
        %each t in vm.tags
        {{ d }} {{ t }}
        %end
        %end
        %each t in vm.tags
        tag {{ t }}
        %end
        end
        """);
    assertEquals(
        "-s 3:0,/vm/a.img\n-s 4:0,'/vm/b c.img'\n"
            + "/vm/a.img x\n/vm/a.img y\n'/vm/b c.img' x\n'/vm/b c.img' y\ntag x\ntag y\nend\n",
        pack.body(Values.of(Map.of("vm", Map.of("tags", List.of("x", "y"))))));
  }

  @Test
  void letIsVisibleToTheEndOfItsBlockAndShadowsOuterNames() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %let n = vm.cpus * 2
        a {{ n }}
        %if true
        %let n = 100
        b {{ n }}
        %end
        c {{ n }}
        %each d, i in vm.disks
        %let n = i
        d {{ n }}
        %end
        e {{ n }}
        """);
    assertEquals("a 4\nb 100\nc 4\nd 0\nd 1\ne 4\n", pack.body());
  }

  @Test
  void recordFieldsAndAbsentFields() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %each n in vm.nics
        nic {{ n.tap }} {{ n.mac }}
        %end
        """);
    assertEquals(
        "nic tap0 58:9c:fc:00:00:01\n",
        pack.body(
            Values.of(
                Map.of(
                    "vm",
                    Map.of("nics", List.of(Map.of("tap", "tap0", "mac", "58:9c:fc:00:00:01")))))));
  }

  @Test
  void everyFailedRequireIsReportedAndNothingIsEmitted() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %require vm.cpus <= 4 else "at most 4 CPUs"
        first
        %require len(vm.disks) > 2 else "three disks"
        second {{ vm.disks[5] }}
        %require vm.memory >= 1G else "1G"
        """);
    assertEquals(
        List.of(
            "P506 p/start.plumb:2:1: at most 4 CPUs [vm.cpus is 8 (from --set vm.cpus):"
                + " the template requires this of the values; change them, or pick another cell]",
            "P506 p/start.plumb:4:1: three disks [vm.disks is [\"/vm/a.img\", \"/vm/b c.img\"]"
                + " (the default): the template requires this of the values; change them, or"
                + " pick another cell]",
            "P507 p/start.plumb:5:11: index 5 is out of range for a list of 2 elements [indexes count from 0]"),
        pack.compileErrors(Values.none().set("vm.cpus", "8")));
  }

  @Test
  void aRequireThatHoldsEmitsEverything() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %require vm.cpus <= 4 else "at most 4 CPUs"
        ok
        """);
    assertEquals("ok\n", pack.body());
  }

  @Test
  void unsupportedReachedThroughAxesMakesTheCellUnsupported() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %if hypervisor == qemu
        %unsupported "qemu is not ready"
        %end
        run
        """);
    assertEquals("run\n", pack.body());
    assertEquals(
        "P404", pack.compileErrors("start", TestPack.QEMU, Values.none()).get(0).substring(0, 4));
    assertEquals(
        true,
        pack.compileErrors("start", TestPack.QEMU, Values.none())
            .get(0)
            .contains("qemu is not ready"),
        pack.compileErrors("start", TestPack.QEMU, Values.none()).toString());
  }

  @Test
  void blocksAreReplacedBySuperAndOverridesThroughThreeLevels() {
    TestPack pack =
        TestPack.write(
            dir,
            TestPack.MANIFEST.replace(
                "axis hypervisor = bhyve | qemu\n",
                "axis hypervisor = bhyve | qemu\naxis guest = bsd | lin\n"),
            "base.plumb",
            """
            %template start when hypervisor = bhyve
            %block a
            base-a {{ vm.name }}
            %end
            %block b
            base-b
            %end
            %block c
            base-c
            %end
            tail
            """,
            "mid.plumb",
            """
            %template start when hypervisor = bhyve, host = freebsd
            %extends start when hypervisor = bhyve
            %let who = "mid"
            %block a
            %super
            echo {{ who }}-a
            %end
            %block b
            echo {{ who }}-b
            %end
            """,
            "leaf.plumb",
            """
            %template start when hypervisor = bhyve, host = freebsd, guest = lin
            %extends start when host = freebsd, hypervisor = bhyve
            %let who = "leaf"
            %block a
            echo {{ who }}-a
            %super
            %end
            %block c
            %super
            echo {{ who }}-c
            %end
            """);
    assertEquals(
        "echo leaf-a\nbase-a web1\necho mid-a\necho mid-b\nbase-c\necho leaf-c\ntail\n",
        pack.body(
            Cell.of("host", "freebsd", "hypervisor", "bhyve", "guest", "lin"), Values.none()));
    assertEquals(
        "base-a web1\necho mid-a\necho mid-b\nbase-c\ntail\n",
        pack.body(
            Cell.of("host", "freebsd", "hypervisor", "bhyve", "guest", "bsd"), Values.none()));
    assertEquals(
        "base-a web1\nbase-b\nbase-c\ntail\n",
        pack.body(Cell.of("host", "linux", "hypervisor", "bhyve", "guest", "lin"), Values.none()));
  }

  @Test
  void linesKnowTheOverridesAndIncludesThatLedThere() {
    TestPack pack =
        TestPack.of(
            dir,
            "base.plumb",
            """
            %template start when hypervisor = bhyve | qemu
            %block a
            base
            %end
            """,
            "leaf.plumb",
            """
            %template start when hypervisor = bhyve, host = freebsd
            %extends start when hypervisor = bhyve | qemu
            %block a
            %include f(1)
            %end
            """,
            "f.plumb",
            """
            %fragment f(n: int)
            frag {{ n }}
            """);
    Script script =
        pack.script("start", TestPack.BHYVE, Values.none(), dev.plumb.CompileOptions.defaults());
    ScriptLine line = script.lines().get(script.lines().size() - 1);
    assertEquals("frag 1", line.text());
    assertEquals("f.plumb:2", where(line.origin()));
    assertEquals(
        List.of("leaf.plumb:3", "leaf.plumb:4"),
        line.via().stream().map(s -> where(s.site())).toList());
    assertEquals("base\n", pack.body(TestPack.QEMU, Values.none()));
  }

  private static String where(dev.plumb.source.Span span) {
    String path = span.path();
    return path.substring(path.lastIndexOf('/') + 1) + ":" + span.line();
  }

  @Test
  void fragmentsSeeOnlyTheirParametersAndTheVariables() {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            """
            %template start
            %let x = "outer"
            %include f(x, 1)
            %each d, i in vm.disks
            %include f(d, i + 10)
            %end
            after {{ x }}
            """,
            "f.plumb",
            """
            %fragment f(x: string, i: int)
            %let y = i * 2
            f {{ x }} {{ i }} {{ y }} {{ vm.name }} {{ host }}
            """);
    assertEquals(
        "f outer 1 2 web1 freebsd\nf /vm/a.img 10 20 web1 freebsd\nf '/vm/b c.img' 11 22 web1 freebsd\n"
            + "after outer\n",
        pack.body());
  }

  @Test
  void errorsInsideFragmentsAreReportedAtTheFragmentLine() {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            """
            %template start
            %include f(vm.tags)
            """,
            "f.plumb",
            """
            %fragment f(l: list<string>)
            %require len(l) > 0 else "need one"
            first {{ l[0] }}
            """);
    assertEquals(
        List.of(
            "P506 p/f.plumb:2:1: need one [l is []:"
                + " the template requires this of the values; change them, or pick another cell]",
            "P507 p/f.plumb:3:10: index 0 is out of range for a list of 0 elements [guard it with '%if len(…) > 0']"),
        pack.compileErrors(Values.none()));
  }

  @Test
  void presentNarrowsAnOptionalInsideItsBranch() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %if present(vm.console) and vm.cpus > 1
        -l com1,{{ vm.console }}
        %end
        """);
    assertEquals(
        "-l com1,/dev/nmdm0A\n", pack.body(Values.none().set("vm.console", "/dev/nmdm0A")));
    assertEquals("", pack.body());
  }

  /** The root's own constants are evaluated once: a failing one is one error. */
  @Test
  void aFailingLetIsReportedOnce() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %let first = vm.tags[0]
        run {{ first }}
        """);
    assertEquals(
        List.of(
            "P507 p/start.plumb:2:14: index 0 is out of range for a list of 0 elements"
                + " [guard it with '%if len(…) > 0']"),
        pack.compileErrors(Values.none()));
  }

  /** A block nobody overrides is the template's own text: no override site leads there. */
  @Test
  void aBlockThatIsNotOverriddenHasNoVia() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %block b
        inside
        %end
        """);
    Script script =
        pack.script("start", TestPack.BHYVE, Values.none(), dev.plumb.CompileOptions.defaults());
    ScriptLine line = script.lines().get(script.lines().size() - 1);
    assertEquals("inside", line.text());
    assertEquals(List.of(), line.via());
  }
}
