package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Build;
import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link MatrixDiff#of} finds between two builds: each kind of change, grouped and ordered.
 */
class MatrixDiffTest {
  private static final String MANIFEST =
      """
      pack demo "diff tests"
      axis host = freebsd | linux
      axis hypervisor = bhyve | qemu
      operation start, stop
      var name : name
      """;

  private static final Map<String, Values> WEB12 = sets("web1", "web2");
  private static final String START = "%template start\nvm-start\n";
  private static final String STOP = "%template stop\nvm-stop\n";

  private static Map<String, Values> sets(String... names) {
    Map<String, Values> sets = new LinkedHashMap<>();
    for (String n : names) {
      sets.put(n, Values.of(Map.of("name", n)));
    }
    return sets;
  }

  private static Build build(Map<String, Values> sets, String manifest, String... templates) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("pack.plumb", manifest);
    for (int i = 0; i < templates.length; i += 2) {
      files.put(templates[i], templates[i + 1]);
    }
    Pack pack = TestPack.load(files);
    return pack.build(sets);
  }

  private static Build build(String... templates) {
    return build(WEB12, MANIFEST, templates);
  }

  @Test
  void oneTemplateLineChangedEverywhereIsOneGroupOfEveryScript() {
    Build old = build("start.plumb", "%template start\nvm-start\nvm-wait\n", "stop.plumb", STOP);
    Build now = build("start.plumb", "%template start\nvm-start -q\nvm-wait\n", "stop.plumb", STOP);
    MatrixDiff diff = MatrixDiff.of(old, now, 3);
    assertEquals(16, diff.compared());
    assertEquals(8, diff.changed());
    assertEquals(1, diff.groups().size());
    MatrixDiff.Group g = diff.groups().get(0);
    assertEquals(8, g.places().size());
    assertEquals(List.of("start host=* hypervisor=* with every values set"), g.summary());
    assertEquals(List.of("-vm-start", "+vm-start -q"), g.hunk().change());
    assertEquals(
        List.of(new MatrixDiff.Added(5, "vm-start -q", List.of("pack/start.plumb:2"))), g.added());
    assertEquals("@@ -2,5 +2,5 @@", g.hunk().header());
    assertEquals(
        new MatrixDiff.Place("web1", "start", Cell.of("host", "freebsd", "hypervisor", "bhyve")),
        g.places().get(0));
    assertEquals("web1/start/freebsd-bhyve.sh", g.places().get(0).path());
  }

  @Test
  void groupsComeLargestFirstThenInOrderOfFirstAppearance() {
    Build old =
        build(
            "start.plumb", START,
            "stop.plumb", STOP,
            "qemu.plumb", "%template stop when hypervisor = qemu\nqemu-stop\n");
    Build now =
        build(
            "start.plumb", "%template start\nvm-start\n%if host == linux\nlinux-only\n%end\n",
            "stop.plumb", "%template stop\nvm-stop --now\n",
            "qemu.plumb", "%template stop when hypervisor = qemu\nqemu-stop --now\n");
    MatrixDiff diff = MatrixDiff.of(old, now, 0);
    // start on linux: 2 cells × 2 sets; stop on bhyve: the same size, found later; qemu: 4
    assertEquals(
        List.of(
            List.of("+linux-only"),
            List.of("-vm-stop", "+vm-stop --now"),
            List.of("-qemu-stop", "+qemu-stop --now")),
        diff.groups().stream().map(g -> g.hunk().change()).toList());
    assertEquals(
        List.of("start host=linux hypervisor=* with every values set"),
        diff.groups().get(0).summary());
    assertEquals(
        List.of("stop host=* hypervisor=bhyve with every values set"),
        diff.groups().get(1).summary());
  }

  @Test
  void aHunkWithTheValuesInItIsOneGroupPerValuesSet() {
    Build old = build("start.plumb", "%template start\nvm-start {{ name }}\n", "stop.plumb", STOP);
    Build now =
        build("start.plumb", "%template start\nvm-start -q {{ name }}\n", "stop.plumb", STOP);
    MatrixDiff diff = MatrixDiff.of(old, now, 3);
    assertEquals(
        List.of(
            List.of("start host=* hypervisor=* with web1"),
            List.of("start host=* hypervisor=* with web2")),
        diff.groups().stream().map(MatrixDiff.Group::summary).toList());
  }

  @Test
  void supportChangesAreOncePerCellAndOutcomeChangesOncePerValuesSet() {
    Build old =
        build(
            "start.plumb", START,
            "stop.plumb", STOP,
            "bhyve.plumb",
                "%template stop when hypervisor = bhyve\n%if host == linux\n%unsupported \"no bhyve\"\n%end\nbhyvectl\n");
    Build now =
        build(
            "start.plumb",
                "%template start\n%require name != \"web2\" else \"web2 is retired\"\nvm-start\n",
            "stop.plumb", STOP,
            "bhyve.plumb",
                "%template stop when hypervisor = bhyve\n%if host == linux\n%unsupported \"no bhyve on Linux\"\n%end\nbhyvectl\n",
            "qemu.plumb",
                "%template stop when host = freebsd, hypervisor = qemu\n%unsupported \"not yet\"\n");
    MatrixDiff diff = MatrixDiff.of(old, now, 3);
    assertEquals(
        List.of(
            new MatrixDiff.SupportChange(
                "stop",
                Cell.of("host", "freebsd", "hypervisor", "qemu"),
                MatrixDiff.Support.SUPPORTED,
                null,
                MatrixDiff.Support.UNSUPPORTED,
                "not yet"),
            new MatrixDiff.SupportChange(
                "stop",
                Cell.of("host", "linux", "hypervisor", "bhyve"),
                MatrixDiff.Support.UNSUPPORTED,
                "no bhyve",
                MatrixDiff.Support.UNSUPPORTED,
                "no bhyve on Linux")),
        diff.support());
    assertEquals(4, diff.outcomes().size());
    MatrixDiff.OutcomeChange first = diff.outcomes().get(0);
    assertEquals("start host=freebsd hypervisor=bhyve with web2", first.place().show());
    assertEquals(Build.Status.BUILT, first.before());
    assertEquals(Build.Status.REFUSED, first.after());
    assertEquals("web2 is retired", first.reasonAfter());
    assertTrue(diff.groups().isEmpty(), "a refused script is no script change");
    assertEquals(0, diff.changed());
  }

  @Test
  void whatOneVersionAloneHasIsListedAndNotCompared() {
    String bigger =
        """
        pack demo "diff tests"
        axis host = freebsd | linux | macos
        axis hypervisor = bhyve | qemu
        axis guest = linux
        operation start, kill
        var name : name
        """;
    Build old = build(sets("web1", "web3"), MANIFEST, "start.plumb", START, "stop.plumb", STOP);
    Build now =
        build(
            sets("web2", "web1"),
            bigger,
            "start.plumb",
            START,
            "kill.plumb",
            "%template kill\nvm-kill\n");
    MatrixDiff diff = MatrixDiff.of(old, now, 3);
    assertEquals(new MatrixDiff.Names(List.of("guest"), List.of()), diff.axes());
    assertEquals(new MatrixDiff.Names(List.of("host=macos"), List.of()), diff.axisValues());
    assertEquals(new MatrixDiff.Names(List.of("kill"), List.of("stop")), diff.operations());
    assertEquals(new MatrixDiff.Names(List.of("web2"), List.of("web3")), diff.valueSets());
    // a new axis makes every cell new: none is in both versions
    assertEquals(0, diff.compared());
    assertTrue(diff.support().isEmpty());
    assertTrue(!diff.unchanged());
  }

  @Test
  void addedLinesNameEveryTemplateLineThatWroteThemInTheGroup() {
    String qemu =
        "%template stop when hypervisor = qemu\n%# the same text, another line\nvm-stop\n";
    Build old = build("start.plumb", START, "stop.plumb", STOP, "q.plumb", qemu);
    Build now =
        build(
            "start.plumb",
            START,
            "stop.plumb",
            "%template stop\nvm-stop\nsync\n",
            "q.plumb",
            qemu + "sync\n");
    MatrixDiff diff = MatrixDiff.of(old, now, 0);
    assertEquals(1, diff.groups().size(), diff.groups().toString());
    MatrixDiff.Group sync = diff.groups().get(0);
    assertEquals(List.of("+sync"), sync.hunk().change());
    assertEquals(List.of("pack/stop.plumb:3", "pack/q.plumb:4"), sync.added().get(0).origins());
    assertEquals(8, sync.places().size());
  }

  @Test
  void theSameBuildIsUnchanged() {
    Build b = build("start.plumb", START, "stop.plumb", STOP);
    MatrixDiff diff = MatrixDiff.of(b, b, 3);
    assertTrue(diff.unchanged());
    assertEquals(16, diff.compared());
    assertEquals("no changes from a to b: 16 scripts compared\n", DiffText.render(diff, "a", "b"));
  }

  @Test
  void aBuildWithoutValuesOrANegativeContextIsRefused() {
    Build b = build("start.plumb", START, "stop.plumb", STOP);
    Build none = build(Map.of(), MANIFEST, "start.plumb", START, "stop.plumb", STOP);
    assertThrows(IllegalArgumentException.class, () -> MatrixDiff.of(none, b, 3));
    assertThrows(IllegalArgumentException.class, () -> MatrixDiff.of(b, b, -1));
  }
}
