package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.diag.Code;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The guarantees of design §3, over generated templates and hostile values. */
class GuaranteeProperties {

  @Provide
  Arbitrary<String> programs() {
    return Programs.templates();
  }

  @Provide
  Arbitrary<Map<String, Object>> values() {
    return ValuesGen.values();
  }

  /** §3.1: an independent parser (shfmt) finds only straight-line constructs in every script. */
  @Property
  void scriptsAreStraightLine(@ForAll("programs") String template, @ForAll("values") Map<String, Object> values)
      throws Exception {
    Pack pack = PropertyPacks.load(Programs.MANIFEST, template);
    Script script;
    try {
      script = PropertyPacks.compile(pack, values);
    } catch (PlumbException e) {
      // a hostile value may equal a here-document's delimiter line: that must be refused
      assertTrue(e.diagnostics().stream().allMatch(d -> d.code() == Code.P314), e.diagnostics().toString());
      return;
    }
    List<String> problems = StraightLine.violations(script.text());
    assertTrue(problems.isEmpty(), problems + "\n" + script.text());
  }

  /** §3.3: the same pack, cell and values give the same bytes. */
  @Property
  void compilingTwiceGivesTheSameBytes(
      @ForAll("programs") String template, @ForAll("values") Map<String, Object> values) {
    String first = textOrDiagnostics(PropertyPacks.load(Programs.MANIFEST, template), values);
    String second = textOrDiagnostics(PropertyPacks.load(Programs.MANIFEST, template), values);
    assertEquals(first, second);
  }

  private static String textOrDiagnostics(Pack pack, Map<String, Object> values) {
    try {
      return PropertyPacks.compile(pack, values).text();
    } catch (PlumbException e) {
      return e.diagnostics().toString();
    }
  }

  @Provide
  Arbitrary<String> anyTemplateText() {
    Arbitrary<String> tokens = Arbitraries.of("%if", "%each", "%end", "%else", "%elif", "%let", "%require",
        "{{", "}}", " ", "\n", "vm", "s", "p", "ps", ".", "(", ")", "[", "]", "\"", "'", "$(", "`", "\\",
        "==", "and", "not", "in", "1", "2G", "-", "+", "#", "|", "&&", "x", "%%", "%#", "<<EOF", "EOF");
    return Arbitraries.oneOf(
        tokens.list().ofMaxSize(60).map(t -> String.join("", t)),
        Arbitraries.strings().ofMaxLength(200));
  }

  /** §3.4: whatever the template text, loading and compiling end in a script or diagnostics. */
  @Property
  void compileNeverThrows(@ForAll("anyTemplateText") String body, @ForAll("values") Map<String, Object> values) {
    try {
      Pack pack = PropertyPacks.load(Programs.MANIFEST, "%template run\n" + body);
      PropertyPacks.compile(pack, values);
    } catch (PlumbException e) {
      assertTrue(!e.diagnostics().isEmpty(), "a PlumbException must carry diagnostics");
    }
  }
}
