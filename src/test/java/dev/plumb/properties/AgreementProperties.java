package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * §3.1 in both directions: on hostile template text, plumb's straight-line checker (a P1xx or P3xx
 * error from {@code Pack.lint}) rejects exactly what the independent parser (shfmt, judged by
 * {@link StraightLine}) cannot parse or finds forbidden.
 */
class AgreementProperties {
  /**
   * A redirection operator whose target is a number right before another one ({@code >& 2>&1}):
   * dash and busybox read the digits as that redirection's descriptor and find the first one
   * without a target (a syntax error, P321 in plumb); shfmt reads it as bash does ({@code >&2
   * >&1}). The shells decide, so the parser is not asked about these.
   */
  private static final java.util.regex.Pattern BASH_READING =
      java.util.regex.Pattern.compile("[<>&]\\s+\\d+[<>]");

  @Provide
  Arbitrary<List<String>> units() {
    List<String> refused = new ArrayList<>(ShellLines.FORBIDDEN);
    refused.addAll(ShellLines.QUOTED_BUILTINS);
    refused.addAll(ShellLines.INCOMPLETE);
    List<String> all = new ArrayList<>(refused);
    all.addAll(ShellLines.HARMLESS);
    return Arbitraries.oneOf(
            ShellLines.lines(refused),
            ShellLines.lines(ShellLines.HARMLESS),
            ShellLines.joined(all))
        .filter(unit -> !BASH_READING.matcher(unit).find())
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Property
  void checkerAndParserAgree(@ForAll("units") List<String> units) throws Exception {
    List<String> verdicts = plumb(units);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      StraightLine.Verdict shfmt = StraightLine.judge(units.get(i));
      String codes = verdicts.get(i);
      boolean plumbRejects = !codes.isEmpty();
      if (plumbRejects == shfmt.straight()) {
        disagreements.add(
            (plumbRejects ? "plumb rejects (" + codes + ")" : "plumb accepts")
                + ", shfmt says "
                + (shfmt.parsed() ? shfmt.problems() : "cannot parse: " + shfmt.error())
                + ":\n"
                + units.get(i));
      }
    }
    assertTrue(disagreements.isEmpty(), String.join("\n\n", disagreements));
  }

  /**
   * For each unit, the P1xx and P3xx error codes lint gives it as a one-template operation ("" when
   * none).
   */
  static List<String> plumb(List<String> units) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    List<String> operations = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      operations.add("o" + i);
      files.put("t" + i + ".plumb", "%template o" + i + "\n" + units.get(i) + "\n");
    }
    files.put("pack.plumb", "pack agree\noperation " + String.join(", ", operations) + "\n");
    List<Diagnostic> found;
    try (TestPack dir = TestPack.temporary(TestPack.utf8(files))) {
      found = dir.lintDiagnostics();
    }
    List<String> verdicts = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String file = "pack/t" + i + ".plumb";
      List<String> codes = new ArrayList<>();
      for (Diagnostic d : found) {
        if (d.isError() && d.span().file() != null && file.equals(d.span().file().path())) {
          String code = d.code().name();
          assertTrue(
              code.startsWith("P1") || code.startsWith("P3"),
              "unexpected " + d + " for\n" + units.get(i));
          codes.add(code);
        }
      }
      verdicts.add(String.join(" ", codes));
    }
    return verdicts;
  }
}
