package dev.plumb.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.CompileOptions;
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
 * The script writer through whole compiles: holes filled by type and context, the errors only
 * values can cause (P309, P314, P316, P509), annotations, source segments and secrets.
 */
class ScriptWriterTest {
  @TempDir Path dir;

  @Test
  void holesAreFilledByTypeAndContext() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        run {{ vm.name }} -m {{ vm.memory }} -c {{ vm.cpus }} {{ vm.boot }} {{ vm.on }} {{ vm.disks }}
        echo "{{ vm.note }}" '}}' {{ vm.dir }}/x
        # note {{ vm.dir }}
        cat <<EOF
        $HOME {{ vm.note }}
        EOF
        cat <<'EOF'
        {{ vm.note }}
        EOF
        """);
    assertEquals(
        """
        run web1 -m 1G -c 2 bios false /vm/a.img '/vm/b c.img'
        echo "\\$x \\"q\\" \\\\" '}}' /vm/x
        # note /vm
        cat <<EOF
        $HOME \\$x "q" \\\\
        EOF
        cat <<'EOF'
        $x "q" \\
        EOF
        """,
        pack.body(Values.none().set("vm.note", "$x \"q\" \\")));
  }

  /** A command name from a value must be a path with '/', so it can never name a builtin. */
  @Test
  void aCommandNameFromAValueMustBeAPathWithASlash() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        {{ vm.dir }}/bin/run {{ vm.name }}
        {{ vm.note }} {{ vm.name }}
        """);
    assertEquals(
        "/vm/bin/run web1\n/usr/bin/true web1\n",
        pack.body(Values.none().set("vm.note", "/usr/bin/true")));
    assertEquals(
        List.of(
            "P309 p/start.plumb:3:1: a command name taken from a value must be a path containing '/'"
                + " [otherwise the value could name a shell builtin such as eval]"),
        pack.compileErrors(Values.none().set("vm.note", "eval")));
  }

  @Test
  void aCommandNameThatIsNotTextIsRejectedToo() {
    TestPack pack = TestPack.start(dir, "{{ vm.boot }} x\n{{ vm.cpus }} y\n");
    assertEquals(
        List.of(
            "P309 p/start.plumb:2:1: a command name taken from a value must be a path containing '/'",
            "P309 p/start.plumb:3:1: a command name taken from a value must be a path containing '/'"),
        TestPack.messages(pack.compileErrors(Values.none())));
  }

  /** A value must not produce the delimiter line of its here-document (docs/language.md §3.2). */
  @Test
  void aValueMustNotEndItsHereDocument() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        cat <<EOF
        {{ vm.note }}
        x{{ vm.note }}
        EOF
        """);
    assertEquals("cat <<EOF\nEOFX\nxEOFX\nEOF\n", pack.body(Values.none().set("vm.note", "EOFX")));
    assertEquals("cat <<EOF\n\nx\nEOF\n", pack.body(Values.none()));
    assertEquals(
        List.of(
            "P314 p/start.plumb:3:1: a value makes this line read 'EOF', which ends the here-document early"
                + " [change the value, or choose a delimiter no value can produce]"),
        pack.compileErrors(Values.none().set("vm.note", "EOF")));
    // a value of several lines: any one of them
    assertEquals(
        List.of(
            "P314 p/start.plumb:3:1: a value makes this line read 'EOF', which ends the here-document early",
            "P314 p/start.plumb:4:1: a value makes this line read 'EOF', which ends the here-document early"),
        TestPack.messages(
            pack.compileErrors(Values.of(Map.of("vm", Map.of("note", "a\nEOF\nb"))))));
  }

  @Test
  void withDashTheDelimiterIsComparedWithoutLeadingTabs() {
    TestPack pack = TestPack.start(dir, "cat <<-EOF\n\t{{ vm.note }}\n\tEOF\n");
    assertEquals(
        List.of(
            "P314 p/start.plumb:3:1: a value makes this line read 'EOF', which ends the here-document early"),
        TestPack.messages(pack.compileErrors(Values.none().set("vm.note", "EOF"))));
    assertEquals(
        List.of(
            "P314 p/start.plumb:3:1: a value makes this line read 'EOF', which ends the here-document early"),
        TestPack.messages(
            pack.compileErrors(Values.of(Map.of("vm", Map.of("note", "x\n\t\tEOF"))))));
    // only leading tabs go: a blank is kept, and a tab after the word is kept
    assertEquals(
        "cat <<-EOF\n\t EOF\nEOF\t\n\tEOF\n",
        pack.body(Values.of(Map.of("vm", Map.of("note", " EOF\nEOF\t")))));
  }

  @Test
  void withoutDashTabsCount() {
    TestPack pack = TestPack.start(dir, "cat <<EOF\n{{ vm.note }}\nEOF\n");
    assertEquals("cat <<EOF\n\tEOF\nEOF\n", pack.body(Values.none().set("vm.note", "\tEOF")));
  }

  /**
   * A command continued with '\\' must go on with a line its template continues it with: the shell
   * would read the next command's words as its arguments.
   */
  @Test
  void aContinuedCommandNeedsItsLastLine() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        run \\
        %if vm.on
          --on \\
        %end
        %if vm.cpus > 1
          --smp
        %end
        next
        """);
    assertEquals(
        "run \\\n  --on \\\n  --smp\nnext\n", pack.body(Values.none().set("vm.on", "true")));
    assertEquals("run \\\n  --smp\nnext\n", pack.body(Values.none()));
    assertEquals(
        List.of(
            "P316 p/start.plumb:2:1: this line continues its command with '\\', but in this cell the"
                + " next line is one its template starts a command with [move the final line of the"
                + " command out of the '%if' or '%each', or end this line without '\\']"),
        pack.compileErrors(Values.none().set("vm.cpus", "1")));
    assertEquals(
        List.of(
            "P316 p/start.plumb:4:1: this line continues its command with '\\', but in this cell the"
                + " next line is one its template starts a command with"),
        TestPack.messages(
            pack.compileErrors(Values.none().set("vm.cpus", "1").set("vm.on", "true"))));
  }

  @Test
  void aContinuedLastLineOfTheScriptIsUnfinished() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        run \\
        %if vm.on
          --on
        %end
        """);
    assertEquals("run \\\n  --on\n", pack.body(Values.none().set("vm.on", "true")));
    assertEquals(
        List.of(
            "P316 p/start.plumb:2:1: this line continues its command with '\\', but no line of"
                + " that command follows"),
        TestPack.messages(pack.compileErrors(Values.none())));
  }

  /** A command may continue into a fragment and back: only its own file can say it ended early. */
  @Test
  void aCommandContinuesIntoAFragmentAndBack() {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            """
            %template start
            run \\
            %include opts(vm.cpus)
              {{ vm.name }}
            """,
            "opts.plumb",
            """
            %fragment opts(n: int)
              -c {{ n }} \\
            """);
    assertEquals("run \\\n  -c 2 \\\n  web1\n", pack.body());
  }

  /** A body may choose its lines; the lines that open and end it must be emitted together. */
  @Test
  void hereDocumentsAreFollowedAlongTheEmittedLines() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        cat <<EOF
        %if vm.on
        on
        %end
        %each d in vm.disks
        {{ d }}
        %end
        EOF
        %if vm.on
        cat <<A <<-B
        a
        A
        	b
        	B
        %end
        finish
        """);
    assertEquals(
        "cat <<EOF\non\n/vm/a.img\n/vm/b c.img\nEOF\ncat <<A <<-B\na\nA\n\tb\n\tB\nfinish\n",
        pack.body(Values.none().set("vm.on", "true")));
    assertEquals("cat <<EOF\n/vm/a.img\n/vm/b c.img\nEOF\nfinish\n", pack.body(Values.none()));
  }

  /** The lines after a delimiter the cell does not emit are lines of the body, quoted so. */
  @Test
  void aDelimiterInABranchNotTakenLeavesTheNextLinesInTheBody() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        cat <<EOF
        %if vm.on
        EOF
        %end
        echo {{ vm.note }}
        EOF
        """);
    assertEquals(
        "cat <<EOF\necho \\$(touch canary)\nEOF\n",
        pack.body(Values.none().set("vm.note", "$(touch canary)")));
    assertEquals(
        "cat <<EOF\nEOF\necho '$(touch canary)'\nEOF\n",
        pack.body(Values.none().set("vm.note", "$(touch canary)").set("vm.on", "true")));
  }

  /** Body lines whose opener the cell does not emit are commands: a hole there names one. */
  @Test
  void anOpenerInABranchNotTakenLeavesTheBodyToRunAsCommands() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %if vm.on
        cat <<-'EOF'
        %end
        	{{ vm.note }}
        	EOF
        """);
    assertEquals(
        List.of(
            "P309 p/start.plumb:5:2: a command name taken from a value must be a path containing '/'"),
        TestPack.messages(pack.compileErrors(Values.none().set("vm.note", "eval"))));
    assertEquals("\t/bin/true\n\tEOF\n", pack.body(Values.none().set("vm.note", "/bin/true")));
  }

  /** Found by a 2,000-try run: a line of a quoted body, emitted in an expanding one. */
  @Test
  void aQuotedBodyIsNotAnExpandingOne() {
    TestPack pack =
        TestPack.start(
            dir,
            """
            cat <<EOF
            %if vm.on
            EOF
            cat <<'EOF'
            %else
            echo {{ vm.note }}
            EOF
            %end
            """);
    assertEquals(
        "cat <<EOF\necho \\$(touch canary)\nEOF\n",
        pack.body(Values.none().set("vm.note", "$(touch canary)")));
  }

  @Test
  void aHereDocumentWhoseDelimiterIsNotEmittedIsNeverEnded() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        cat <<EOF
        body
        %if vm.on
        EOF
        %end
        """);
    assertEquals("cat <<EOF\nbody\nEOF\n", pack.body(Values.none().set("vm.on", "true")));
    assertEquals(
        List.of(
            "P317 p/start.plumb:2:5: here-document 'EOF' is never ended [end it with a line"
                + " holding exactly 'EOF']"),
        pack.compileErrors(Values.none()));
  }

  /** A fragment's lines are read where they are included: here, as lines of a body. */
  @Test
  void aFragmentIncludedInABodyIsReadAsBodyLines() {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            """
            %template start
            cat <<EOF
            %include line(vm.note)
            EOF
            """,
            "line.plumb",
            """
            %fragment line(text: string)
            echo {{ text }}
            """);
    assertEquals(
        "cat <<EOF\necho \\`id\\`\nEOF\n", pack.body(Values.none().set("vm.note", "`id`")));
  }

  @Test
  void annotationsNameTheTemplateLineOfEachCommand() {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            """
            %template start
            run \\
              {{ vm.name }}
            %include opts(vm.cpus)
            cat <<EOF
            x
            EOF
            last
            """,
            "opts.plumb",
            """
            %fragment opts(n: int)
            one {{ n }}
            two
            """);
    Script script =
        pack.script(
            "start", TestPack.BHYVE, Values.none(), CompileOptions.defaults().withAnnotate(true));
    assertEquals(
        """
        # start.plumb:2
        run \\
          web1
        # opts.plumb:2
        one 2
        # opts.plumb:3
        two
        # start.plumb:5
        cat <<EOF
        x
        EOF
        # start.plumb:8
        last
        """,
        TestPack.body(script.text()));
    ScriptLine comment = script.lines().get(4);
    assertEquals("# start.plumb:2", comment.text());
    assertEquals(null, comment.origin());
  }

  @Test
  void segmentsGiveOutputColumnsOfEachPiece() {
    TestPack pack = TestPack.start(dir, "run {{ vm.name }} -s {{ vm.disks }} é{{ vm.cpus }}\n");
    Script script = pack.script("start", TestPack.BHYVE, Values.none(), CompileOptions.defaults());
    ScriptLine line = script.lines().get(script.lines().size() - 1);
    assertEquals("run web1 -s /vm/a.img '/vm/b c.img' é2", line.text());
    assertEquals(
        List.of(
            "1-5 text 1-5",
            "5-9 hole 5-18",
            "9-13 text 18-22",
            "13-36 hole 22-36",
            "36-38 text 36-38",
            "38-39 hole 38-51"),
        line.segments().stream()
            .map(
                s ->
                    s.start()
                        + "-"
                        + s.end()
                        + " "
                        + (s.hole() ? "hole" : "text")
                        + " "
                        + s.source().column()
                        + "-"
                        + s.source().endColumn())
            .toList());
    assertEquals(2, line.origin().line());
  }

  @Test
  void secretsAreReadFromTheEnvironmentAndListedOnceSorted() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %if present(vm.password) and present(vm.key)
        vnc {{ vm.password }} "{{ vm.key }}"
        again {{ vm.password }}
        %end
        """);
    Script script =
        pack.script(
            "start",
            TestPack.BHYVE,
            Values.none().set("vm.password", "true").set("vm.key", "true"),
            CompileOptions.defaults());
    assertEquals(List.of("PLUMB_SECRET_VM_KEY", "PLUMB_SECRET_VM_PASSWORD"), script.secrets());
    assertEquals(
        """
        #!/bin/sh
        # plumb: vmtest start host=freebsd hypervisor=bhyve
        # from: start.plumb
        # secrets: PLUMB_SECRET_VM_KEY PLUMB_SECRET_VM_PASSWORD (from the environment)
        set -eu
        vnc "${PLUMB_SECRET_VM_PASSWORD}" "${PLUMB_SECRET_VM_KEY}"
        again "${PLUMB_SECRET_VM_PASSWORD}"
        """,
        script.text());
  }

  /**
   * The size bound counts every byte of every line of the body, its newline included (not the
   * header).
   */
  @Test
  void theScriptSizeIsBounded() {
    TestPack pack =
        TestPack.start(
            dir,
            """
        %each d in vm.tags
        echo {{ d }}
        %end
        """);
    Values values = Values.of(Map.of("vm", Map.of("tags", List.of("aaaa", "bbbb", "é"))));
    String text = pack.script("start", TestPack.BHYVE, values, CompileOptions.defaults()).text();
    long bytes = TestPack.body(text).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertEquals(
        text,
        pack.script("start", TestPack.BHYVE, values, new CompileOptions(false, bytes)).text());
    assertEquals(
        List.of(
            "P509 p/start.plumb:3:1: the script would be larger than "
                + (bytes - 1)
                + " bytes"
                + " [an '%each' over a large list is the usual cause]"),
        errors(pack, values, new CompileOptions(false, bytes - 1)));
  }

  /** An annotation line has no origin: the bound is charged to the last template line written. */
  @Test
  void theBoundAlsoCountsAnnotations() {
    TestPack pack = TestPack.start(dir, "echo a\necho b\n");
    Values values = Values.none();
    String body =
        TestPack.body(
            pack.script(
                    "start", TestPack.BHYVE, values, CompileOptions.defaults().withAnnotate(true))
                .text());
    assertEquals("# start.plumb:2\necho a\n# start.plumb:3\necho b\n", body);
    long twoLines = "# start.plumb:2\necho a\n".length();
    // the annotation of line 3 goes over the bound: line 3 is reported
    assertEquals(
        List.of(
            "P509 p/start.plumb:3:1: the script would be larger than " + (twoLines + 1) + " bytes"),
        TestPack.messages(errors(pack, values, new CompileOptions(true, twoLines + 1))));
    assertEquals(
        List.of("P509 p/start.plumb:2:1: the script would be larger than 3 bytes"),
        TestPack.messages(errors(pack, values, new CompileOptions(false, 3))));
  }

  private static List<String> errors(TestPack pack, Values values, CompileOptions options) {
    try {
      pack.script("start", TestPack.BHYVE, values, options);
      throw new AssertionError("compiled");
    } catch (dev.plumb.PlumbException e) {
      return TestPack.render(e.diagnostics());
    }
  }
}
