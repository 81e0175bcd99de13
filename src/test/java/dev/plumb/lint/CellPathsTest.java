package dev.plumb.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Pack;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint reads every path a cell may take, as compile reads the one its values choose: errors when
 * the cell decides the path, warnings when values do; nothing for what every path keeps in place.
 */
class CellPathsTest {
  @TempDir Path dir;

  private List<String> paths(String... namesAndTexts) {
    TestPack.of(dir, namesAndTexts);
    return Pack.lint(dir, "p").stream()
        .filter(d -> Set.of(Code.P309, Code.P313, Code.P316, Code.P317).contains(d.code()))
        .map(CellPathsTest::show)
        .toList();
  }

  private static String show(Diagnostic d) {
    return d.severity().name().toLowerCase()
        + " "
        + d.code()
        + " "
        + d.span().line()
        + ": "
        + d.message()
        + (d.cell() == null ? "" : " (" + d.cell().show() + ")");
  }

  @Test
  void whatStaysInPlaceOnEveryPathIsNotReported() {
    assertEquals(
        List.of(),
        paths(
            "start.plumb",
            """
        %template start
        cat <<EOF
        %if vm.on
        on
        %end
        %each d in vm.disks
        %each t in vm.tags
        {{ d }} {{ t }}
        %end
        %end
        EOF
        run \\
        %each d in vm.disks
        %include opt(d)
        %end
          --last
        %if host == linux
        cat <<-'END'
        \tlinux
        \tEND
        %end
        """,
            "opt.plumb",
            """
        %fragment opt(p: path)
          -d {{ p }} \\
        """));
  }

  @Test
  void aBranchTheCellDecidesIsAnErrorNamingTheCell() {
    assertEquals(
        List.of(
            "error P317 2: here-document 'EOF' is never ended (start host=linux hypervisor=bhyve)"),
        paths(
            "start.plumb",
            """
            %template start
            cat <<EOF
            {{ vm.name }}
            %if host == freebsd
            EOF
            %end
            """));
  }

  /**
   * Two conditions that always agree are not known to agree: each path is taken on its own, so this
   * warning is reported although no values reach it. Hence warnings, not errors.
   */
  @Test
  void conditionsAreNotCorrelated() {
    assertEquals(
        List.of(
            "warning P317 3: for some values: here-document 'EOF' is never ended"
                + " (start host=freebsd hypervisor=bhyve)"),
        paths(
            "start.plumb",
            """
            %template start
            %if vm.on
            cat <<EOF
            %end
            %if vm.on
            on
            EOF
            %end
            """));
  }

  /** A child's block inside its parent's body is read as lines of that body, in its cells only. */
  @Test
  void anOverrideInsideAParentsBodyIsReadInTheCellsThatUseIt() {
    assertEquals(
        List.of(
            "error P313 5: list hole '{{ vm.disks }}' in a here-document must be a whole argument"
                + " (start host=linux hypervisor=bhyve)"),
        paths(
            "root.plumb",
            """
            %template start
            cat <<EOF
            %block body
            {{ vm.name }}
            %end
            EOF
            """,
            "child.plumb",
            """
            %template start when host = linux
            %extends start
            %block body
            %super
            echo {{ vm.disks }}
            %end
            """));
  }

  /** A hole that becomes a command name on some path depends on its value: a warning. */
  @Test
  void aHoleThatNamesTheCommandOnSomePathIsAWarning() {
    assertEquals(
        List.of(
            "warning P309 6: for some values: the command name comes from a value, and compile"
                + " refuses one that is not a path containing '/' (start host=freebsd"
                + " hypervisor=bhyve)"),
        paths(
            "start.plumb",
            """
            %template start
            LC_ALL=C \\
            %if vm.on
              /usr/bin/nice \\
            %end
              {{ vm.note }} {{ vm.name }}
            """));
  }

  /**
   * Paths without end (each fragment includes the next twice) are followed up to a bound, and lint
   * says so.
   */
  @Test
  void pathsAreFollowedUpToABound() {
    String[] files = new String[42];
    files[0] = "start.plumb";
    files[1] = "%template start\n%include f0()\n";
    for (int i = 0; i < 20; i++) {
      files[2 + 2 * i] = "f" + i + ".plumb";
      files[3 + 2 * i] =
          "%fragment f"
              + i
              + "()\necho "
              + i
              + "\n"
              + (i < 19 ? "%include f" + (i + 1) + "()\n%include f" + (i + 1) + "()\n" : "");
    }
    TestPack.of(dir, files);
    List<String> notes =
        Pack.lint(dir, "p").stream()
            .filter(d -> d.code() == Code.P509)
            .map(CellPathsTest::show)
            .distinct()
            .toList();
    assertEquals(
        List.of(
            "note P509 1: lint stopped following this cell's paths (more than "
                + CellPaths.MAX_STEPS
                + " line readings, or an '%each' whose runs never repeat a state)"
                + " (start host=freebsd hypervisor=bhyve)"),
        notes);
  }
}
