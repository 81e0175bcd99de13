package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases format: what it reads, and a P605 at the line of every mistake. */
class CaseParserTest {
  private static List<TestCase> parse(String text, List<Diagnostic> errors) {
    return CaseParser.parse(new SourceFile("t.cases", text), errors);
  }

  @Test
  void aCaseReadsEveryClause() {
    List<Diagnostic> errors = new ArrayList<>();
    List<TestCase> cases =
        parse(
            """
            # a comment
            case "UEFI \\"boot\\""
              compile start host=freebsd guest=windows|linux   # trailing comment
              values windows linux
              set vm.nics=[]
              contains "-l bootrom,"
              lacks "bhyveload"
              order "a" "b c"

            case "refused"
              compile create
              refused p506
            """,
            errors);
    assertEquals(List.of(), errors);
    assertEquals(2, cases.size());
    TestCase c = cases.get(0);
    assertEquals("UEFI \"boot\"", c.name());
    assertEquals("start", c.operation());
    assertEquals(List.of("windows", "linux"), c.cells().get("guest"));
    assertEquals(List.of("windows", "linux"), c.values());
    assertEquals("vm.nics", c.sets().get(0).name());
    assertEquals("[]", c.sets().get(0).value());
    assertEquals(3, c.expectations().size());
    assertEquals(
        List.of("a", "b c"), ((TestCase.Expectation.Order) c.expectations().get(2)).texts());
    assertEquals(
        new TestCase.Expectation.Refused("P506", "", cases.get(1).expectations().get(0).span()),
        cases.get(1).expectations().get(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "compile start|1",
        "case x|1",
        "case \"a\"\\n  contains \"x\"|1",
        "case \"a\"\\n  compile start|1",
        "case \"a\"\\n  compile start\\n  contains \"x|3",
        "case \"a\"\\n  compile start\\n  contains x|3",
        "case \"a\"\\n  compile start\\n  contains \"\"|3",
        "case \"a\"\\n  compile start hostlinux\\n  contains \"x\"|2",
        "case \"a\"\\n  compile start h=a h=b\\n  contains \"x\"|2",
        "case \"a\"\\n  compile start\\n  compile stop\\n  contains \"x\"|3",
        "case \"a\"\\n  compile start\\n  refused \"x\"|3",
        "case \"a\"\\n  compile start\\n  refused P506 \"x\"\\n  contains \"y\"|1",
        "case \"a\"\\n  compile start\\n  set novalue\\n  contains \"y\"|3",
        "case \"a\"\\n  compile start\\n  expect \"y\"|3",
        "case \"a\" trailing\\n  compile start\\n  contains \"y\"|1",
        "case \"a\"\\n  compile start\\n  order \"y\"|3",
        "case \"a\"\\n  compile start\\n  order \"y\" \"\"|3",
        "case \"a\"\\n  compile start\\n  order \"y\" z|3",
      })
  void eachMistakeIsOneP605AtItsLineAndItsCaseIsLeftOut(String text, int line) {
    List<Diagnostic> errors = new ArrayList<>();
    List<TestCase> cases = parse(text.replace("\\n", "\n") + "\n", errors);
    assertEquals(List.of(), cases, "a case with a mistake is not run");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(Code.P605, errors.get(0).code());
    assertEquals(line, errors.get(0).span().line());
  }

  @Property(tries = 300)
  void anyTextIsReadWithoutAnExceptionAndEveryErrorIsALocatedP605(
      @ForAll("caseLike") List<String> lines) {
    List<Diagnostic> errors = new ArrayList<>();
    String text = String.join("\n", lines);
    parse(text, errors);
    for (Diagnostic d : errors) {
      assertEquals(Code.P605, d.code());
      assertTrue(
          d.span().line() >= 1 && d.span().line() <= Math.max(1, lines.size()), d.toString());
    }
  }

  @Provide
  Arbitrary<List<String>> caseLike() {
    Arbitrary<String> word =
        Arbitraries.of(
            "case",
            "compile",
            "values",
            "set",
            "contains",
            "lacks",
            "refused",
            "unsupported",
            "excluded",
            "\"",
            "\"x\"",
            "\"a\\\"b\"",
            "P506",
            "host=a|b",
            "=",
            "a=",
            "#",
            "\\",
            "x=1",
            "\t",
            "");
    return word.list()
        .ofMaxSize(5)
        .map(ws -> String.join(" ", ws))
        .flatMap(l -> Arbitraries.of("", "  ").map(indent -> indent + l))
        .list()
        .ofMaxSize(8);
  }
}
