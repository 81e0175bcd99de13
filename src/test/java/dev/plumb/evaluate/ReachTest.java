package dev.plumb.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Site;
import dev.plumb.Sites;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a compile records for template coverage ({@code Script.reached()}): the text lines it
 * emitted and the {@code %if} arms it took, in every kind of body, against what the pack lists as
 * coverable ({@code Pack.coverable()}).
 */
class ReachTest {
  @TempDir Path dir;

  private static final String CHOICES =
      """
      first
      %if vm.cpus > 4
      big
      %elif vm.cpus > 1
      medium
      %else
      small
      %end
        %if vm.on
      on
        %end
      %# a comment is not a site
      %let n = 1

      last
      %require vm.cpus > 0 else "at least one CPU"
      %%percent
      """;

  @Test
  void textLinesAndTheArmOfEachIfAreRecorded() {
    TestPack pack = TestPack.start(dir, CHOICES);
    Sites reached = reached(pack, TestPack.BHYVE, Values.none());
    assertEquals("2 6 15 16 18", lines(reached, "p/start.plumb"));
    assertEquals(
        List.of("5#1 (if 3) %elif vm.cpus > 1", "10#1 (if 10) %if vm.on: no branch taken"),
        arms(reached));
    Sites on = reached(pack, TestPack.BHYVE, Values.none().set("vm.on", "true"));
    assertEquals("2 6 11 15 16 18", lines(on, "p/start.plumb"));
    assertEquals(List.of("5#1 (if 3) %elif vm.cpus > 1", "10#0 (if 10) %if vm.on"), arms(on));
    Sites big = reached(pack, TestPack.BHYVE, Values.none().set("vm.cpus", "8"));
    assertEquals("3#0 (if 3) %if vm.cpus > 4", arms(big).get(0));
    Sites small = reached(pack, TestPack.BHYVE, Values.none().set("vm.cpus", "1"));
    assertEquals("7#2 (if 3) %else", arms(small).get(0));
  }

  @Test
  void thePackListsEveryTextLineAndEveryArmOnce() {
    TestPack pack = TestPack.start(dir, CHOICES);
    Sites all = pack.load().coverable();
    // blank lines and %% lines are emitted, so they count; directives and %# comments do not
    assertEquals("2 4 6 8 11 15 16 18", lines(all, "p/start.plumb"));
    assertEquals(
        List.of(
            "3#0 (if 3) %if vm.cpus > 4",
            "5#1 (if 3) %elif vm.cpus > 1",
            "7#2 (if 3) %else",
            "10#0 (if 10) %if vm.on",
            "10#1 (if 10) %if vm.on: no branch taken"),
        arms(all));
    assertTrue(all.arms().get(4).implicit());
    assertFalse(all.arms().get(2).implicit());
  }

  @Test
  void nestedIfsAreListedByLineTheirArmsInOrder() {
    TestPack pack =
        TestPack.start(
            dir,
            """
            %if vm.on
            %if vm.cpus > 1
            x
            %end
            %else
            y
            %end
            """);
    assertEquals(
        List.of(
            "2#0 (if 2) %if vm.on",
            "3#0 (if 3) %if vm.cpus > 1",
            "3#1 (if 3) %if vm.cpus > 1: no branch taken",
            "6#1 (if 2) %else"),
        arms(pack.load().coverable()));
    Sites reached = reached(pack, TestPack.BHYVE, Values.none().set("vm.on", "true"));
    assertEquals(List.of("2#0 (if 2) %if vm.on", "3#0 (if 3) %if vm.cpus > 1"), arms(reached));
    assertEquals("4", lines(reached, "p/start.plumb"));
  }

  @Test
  void anEachOverAnEmptyListLeavesItsLinesUncoveredAndAnUnrolledLineCountsOnce() {
    TestPack pack =
        TestPack.start(
            dir,
            """
            %each t in vm.tags
            tag {{ t }}
            %if t == "x"
            x
            %end
            %end
            end
            """);
    Sites none = reached(pack, TestPack.BHYVE, Values.none());
    assertEquals("8", lines(none, "p/start.plumb"));
    assertEquals(List.of(), arms(none));
    Sites two = reached(pack, TestPack.BHYVE, Values.of(Map.of("vm.tags", List.of("x", "y"))));
    assertEquals("3 5 8", lines(two, "p/start.plumb"));
    // each arm once, though the %if ran twice and took both
    assertEquals(
        List.of("4#0 (if 4) %if t == \"x\"", "4#1 (if 4) %if t == \"x\": no branch taken"),
        arms(two));
  }

  @Test
  void hereDocumentBodiesAreTextLines() {
    TestPack pack =
        TestPack.start(
            dir,
            """
            cat <<EOF
            name {{ vm.name }}
            %if vm.on
            on
            %end
            EOF
            """);
    assertEquals("2 3 7", lines(reached(pack, TestPack.BHYVE, Values.none()), "p/start.plumb"));
    assertEquals(
        "2 3 5 7",
        lines(reached(pack, TestPack.BHYVE, Values.none().set("vm.on", "true")), "p/start.plumb"));
  }

  @Test
  void fragmentLinesAndArmsAreTheFragmentsWhereverIncluded() {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            """
            %template start
            %include tap(vm.name, vm.on)
            end
            """,
            "net/tap.plumb",
            """
            %fragment tap(name: name, up: bool)
            ifconfig tap create
            %if up
            ifconfig tap up
            %end
            """);
    Sites reached = reached(pack, TestPack.BHYVE, Values.none());
    assertEquals("3", lines(reached, "p/start.plumb"));
    assertEquals("2", lines(reached, "p/net/tap.plumb"));
    assertEquals(List.of("3#1 (if 3) %if up: no branch taken"), arms(reached));
    assertEquals(
        List.of("p/net/tap.plumb", "p/start.plumb"),
        pack.load().coverable().lines().stream().map(Site::file).distinct().toList());
  }

  @Test
  void blocksSuperAndParentsAreCountedInTheFileThatWritesThem() {
    TestPack pack =
        TestPack.write(
            dir,
            TestPack.MANIFEST,
            "base.plumb",
            """
            %template start when hypervisor = bhyve
            %block a
            base-a
            %end
            %block b
            base-b
            %end
            tail
            """,
            "child.plumb",
            """
            %template start when hypervisor = bhyve, host = freebsd
            %extends start when hypervisor = bhyve
            %let who = "child"
            %block a
            %super
            echo {{ who }}-a
            %end
            %block b
            %if vm.on
            echo {{ who }}-b
            %end
            %end
            """);
    Sites child = reached(pack, TestPack.BHYVE, Values.none());
    // the parent's block a through %super; its block b is replaced
    assertEquals("3 8", lines(child, "p/base.plumb"));
    assertEquals("6", lines(child, "p/child.plumb"));
    assertEquals(List.of("9#1 (if 9) %if vm.on: no branch taken"), arms(child));
    Sites parent = reached(pack, Cell.of("host", "linux", "hypervisor", "bhyve"), Values.none());
    assertEquals("3 6 8", lines(parent, "p/base.plumb"));
    assertEquals("", lines(parent, "p/child.plumb"));
  }

  @Test
  void annotatingChangesNothingThatIsReached() {
    TestPack pack = TestPack.start(dir, CHOICES);
    assertEquals(
        reached(pack, TestPack.BHYVE, Values.none()),
        pack.load()
            .compile(
                "start",
                TestPack.BHYVE,
                Values.none(),
                CompileOptions.defaults().withAnnotate(true))
            .reached());
  }

  private static Sites reached(TestPack pack, Cell cell, Values values) {
    return pack.load().compile("start", cell, values).reached();
  }

  /** The lines of one file, as numbers. */
  static String lines(Sites sites, String file) {
    return sites.lines().stream()
        .filter(l -> l.file().equals(file))
        .map(l -> String.valueOf(l.line()))
        .collect(Collectors.joining(" "));
  }

  /** {@code LINE#ARM (if DECISION) LABEL} for each arm. */
  static List<String> arms(Sites sites) {
    return sites.arms().stream()
        .map(a -> a.line() + "#" + a.arm() + " (if " + a.decision() + ") " + a.label())
        .toList();
  }
}
