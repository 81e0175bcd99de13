package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumb.CompileOptions;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.diag.Code;
import dev.plumb.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The guarantees of docs/language.md §3 over generated programs (packs, templates, fragments,
 * values).
 */
class GuaranteeProperties {

  @Provide
  Arbitrary<Program> programs() {
    return Program.arbitrary();
  }

  /**
   * §3.1: every generated program is well-typed and loads, compiles (or is refused only because a
   * value would end a here-document, P314) and an independent parser (shfmt) finds only
   * straight-line constructs in the script, which dash parses too.
   */
  @Property
  void scriptsAreStraightLine(@ForAll("programs") Program program) throws Exception {
    Script script = compile(program);
    if (script == null) {
      return;
    }
    List<String> problems = StraightLine.violations(script.text());
    assertTrue(problems.isEmpty(), problems + "\n" + script.text() + program);
    // and the shell that runs it parses it too
    Tools.Result dash =
        Tools.run(
            List.of("dash", "-n"), script.text().getBytes(StandardCharsets.UTF_8), null, Map.of());
    assertEquals(0, dash.exit(), "dash -n: " + dash.err() + "\n" + script.text() + program);
  }

  /**
   * The script, or null when a value would end a here-document (the only refusal a well-typed
   * program may get).
   */
  static Script compile(Program program) {
    return compile(program, CompileOptions.defaults());
  }

  /** As {@link #compile(Program)}, with {@code options}. */
  static Script compile(Program program, CompileOptions options) {
    Pack pack;
    try {
      pack = program.load();
    } catch (PlumbException e) {
      fail("a generated well-typed program was refused: " + e.getMessage() + program);
      return null;
    }
    try {
      return program.compile(pack, options);
    } catch (PlumbException e) {
      assertTrue(
          e.diagnostics().stream().allMatch(d -> d.code() == Code.P314), e.getMessage() + program);
      return null;
    }
  }

  /** §3.3: the same pack, cell and values give the same bytes. */
  @Property
  void compilingTwiceGivesTheSameBytes(@ForAll("programs") Program program) {
    assertEquals(textOrDiagnostics(program), textOrDiagnostics(program));
  }

  private static String textOrDiagnostics(Program program) {
    try {
      return program.compile(program.load()).text();
    } catch (PlumbException e) {
      return e.diagnostics().toString();
    }
  }

  @Provide
  Arbitrary<String> anyTemplateText() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "%if",
            "%each",
            "%end",
            "%else",
            "%elif",
            "%let",
            "%require",
            "%block",
            "%super",
            "%include",
            "%extends",
            "{{",
            "}}",
            " ",
            "\n",
            "v0",
            "g.v1",
            "ax0",
            "x0a",
            ".",
            "(",
            ")",
            "[",
            "]",
            "\"",
            "'",
            "$(",
            "`",
            "\\",
            "==",
            "and",
            "not",
            "in",
            "1",
            "2G",
            "-",
            "+",
            "#",
            "|",
            "&&",
            "x",
            "%%",
            "%#",
            "<<EOF",
            "EOF",
            "frag0",
            "present",
            "commas",
            ",");
    return Arbitraries.oneOf(
        tokens.list().ofMaxSize(60).map(t -> String.join("", t)),
        Arbitraries.strings().ofMaxLength(200));
  }

  /** §3.4: whatever the template text, loading and compiling end in a script or diagnostics. */
  @Property
  void compileNeverThrows(
      @ForAll("programs") Program program, @ForAll("anyTemplateText") String body) {
    Map<String, String> files = new LinkedHashMap<>(program.files());
    files.put("run.plumb", "%template run\n" + body);
    files.keySet().removeIf(name -> name.startsWith("child"));
    Program broken = new Program(files, program.cell(), program.values());
    try {
      broken.compile(broken.load());
    } catch (PlumbException e) {
      assertTrue(!e.diagnostics().isEmpty(), "a PlumbException must carry diagnostics");
    }
  }
}
