package dev.plumb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.PlumbException;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where directives may stand (P407, P410, P212): '%unsupported' only alone or under '%if's on axes
 * alone, so that the support matrix is known without values.
 */
class PlacementTest {
  private static final String MISPLACED =
      "P407 p/start.plumb:3:1: '%unsupported' stands alone in a template, or"
          + " under '%if's that test axes alone";

  @TempDir Path dir;

  private List<String> errors(String... namesAndTexts) {
    try {
      TestPack.of(dir, namesAndTexts).load();
      return List.of();
    } catch (PlumbException e) {
      return TestPack.messages(TestPack.render(e.diagnostics()));
    }
  }

  @ParameterizedTest(name = "%if {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "host == freebsd|ok",
        "host != linux and hypervisor == bhyve|ok",
        "host == freebsd or hypervisor == qemu|ok",
        "host in [freebsd, linux]|ok",
        "not (host == freebsd)|ok",
        "freebsd == host|ok",
        "true|ok",
        "vm.cpus > 1|misplaced",
        "vm.on|misplaced",
        "not vm.on|misplaced",
        "vm.name == \"x\"|misplaced",
        "host == freebsd and vm.on|misplaced",
        "vm.on or host == freebsd|misplaced",
        "len(vm.disks) > 0|misplaced",
        "vm.disks[0] == \"/x\"|misplaced",
        "vm.cpus == 1|misplaced",
        "vm.memory == 1G|misplaced",
        "vm.boot == bios|misplaced",
        "vm.cpus + 1 == 2|misplaced",
      })
  void unsupportedUnderAnIf(String condition, String expected) {
    List<String> errors =
        errors(
            "start.plumb",
            "%template start\n%if " + condition + "\n%unsupported \"no\"\n%end\nrun\n");
    assertEquals(expected.equals("ok") ? List.of() : List.of(MISPLACED), errors);
  }

  @Test
  void everyBranchOfTheIfMustTestAxesAlone() {
    assertEquals(
        List.of(MISPLACED.replace(":3:1", ":5:1")),
        errors(
            "start.plumb",
            """
        %template start
        %if host == freebsd
        run
        %elif vm.on
        %unsupported "no"
        %end
        """));
    assertEquals(
        List.of(),
        errors(
            "start.plumb",
            """
        %template start
        %if host == freebsd
        run
        %elif hypervisor == qemu
        %unsupported "no"
        %else
        other
        %end
        """));
  }

  @Test
  void aLetNameIsNotAnAxis() {
    assertEquals(
        List.of(MISPLACED.replace(":3:1", ":4:1")),
        errors(
            "start.plumb",
            """
        %template start
        %let h = host
        %if h == freebsd
        %unsupported "no"
        %end
        """));
  }

  @Test
  void unsupportedAloneOrInsideABlock() {
    assertEquals(List.of(), errors("start.plumb", "%template start\n\n%unsupported \"no\"\n\n"));
    assertEquals(
        List.of(MISPLACED), errors("start.plumb", "%template start\nrun\n%unsupported \"no\"\n"));
    assertEquals(
        List.of(MISPLACED),
        errors("start.plumb", "%template start\n%each d in vm.disks\n%unsupported \"no\"\n%end\n"));
    assertEquals(
        List.of(), errors("start.plumb", "%template start\n%block b\n%unsupported \"no\"\n%end\n"));
    assertEquals(
        List.of("P407 p/f.plumb:2:1: a fragment cannot decide support"),
        errors(
            "start.plumb",
            "%template start\n%include f()\n",
            "f.plumb",
            "%fragment f()\n%unsupported \"no\"\n"));
  }

  @Test
  void blocksStandOutsideIfAndEachAndOnce() {
    assertEquals(
        List.of("P407 p/start.plumb:3:1: a '%block' may not stand under '%if' or '%each'"),
        errors("start.plumb", "%template start\n%if vm.on\n%block b\nx\n%end\n%end\n"));
    assertEquals(
        List.of("P407 p/start.plumb:3:1: a '%block' may not stand under '%if' or '%each'"),
        errors("start.plumb", "%template start\n%each d in vm.disks\n%block b\nx\n%end\n%end\n"));
    assertEquals(
        List.of(), errors("start.plumb", "%template start\n%block a\n%block b\nx\n%end\n%end\n"));
    assertEquals(
        List.of("P212 p/start.plumb:5:1: block 'b' is defined twice in this file"),
        errors("start.plumb", "%template start\n%block b\nx\n%end\n%block b\ny\n%end\n"));
  }

  @Test
  void superOnlyInAnOverridingBlock() {
    String message =
        "P407 p/start.plumb:%d:1: '%%super' is only allowed in a block that overrides a parent's";
    assertEquals(
        List.of(String.format(message, 3)),
        errors("start.plumb", "%template start\n%block b\n%super\n%end\n"));
    assertEquals(
        List.of(String.format(message, 2)), errors("start.plumb", "%template start\n%super\n"));
    assertEquals(
        List.of(
            String.format(message, 3).replace("start.plumb", "child.plumb"),
            "P410 p/child.plumb:3:1: a template that extends another holds only '%let' and '%block' overrides"),
        errors(
            "start.plumb", "%template start when hypervisor = bhyve | qemu\n%block b\nx\n%end\n",
            "child.plumb",
                "%template start when hypervisor = bhyve, host = freebsd\n%extends start when hypervisor = bhyve | qemu\n%super\n"));
  }

  @Test
  void aChildHoldsOnlyLetsBlocksAndBlankLines() {
    String parent = "%template start when hypervisor = bhyve | qemu\n%block b\nx\n%end\n";
    assertEquals(
        List.of(),
        errors(
            "start.plumb",
            parent,
            "child.plumb",
            "%template start when hypervisor = bhyve, host = freebsd\n%extends start when hypervisor = bhyve | qemu\n\n%let a = 1\n"
                + "%block b\n%super\necho {{ a }}\n%end\n"));
    assertEquals(
        List.of(
            "P410 p/child.plumb:3:1: a template that extends another holds only '%let' and '%block' overrides",
            "P410 p/child.plumb:4:1: a template that extends another holds only '%let' and '%block' overrides"),
        errors(
            "start.plumb",
            parent,
            "child.plumb",
            "%template start when hypervisor = bhyve, host = freebsd\n%extends start when hypervisor = bhyve | qemu\nrun\n"
                + "%if vm.on\n%end\n"));
  }
}
