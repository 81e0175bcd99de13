package dev.plumb.check.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Diagnostic;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the reader answers for every hole and never fails. */
class ShellCheckerPropertyTest {

  @Property(tries = 1000)
  void coversEveryHoleAndLine(@ForAll("templates") String text) {
    Fixture f = Fixture.of(text);
    assertEquals(f.holeCount(), f.answered());
    List<Integer> commands = f.commands();
    for (int k = 0; k < commands.size(); k++) {
      int step = commands.get(k) - (k == 0 ? -1 : commands.get(k - 1));
      assertTrue(step == 0 || step == 1, "command numbers go up one at a time: " + commands);
    }
    for (Diagnostic d : f.all()) {
      assertNotNull(d.hint(), d.message());
      assertFalse(Character.isUpperCase(d.message().charAt(0)), d.message());
      assertTrue(d.span().line() >= 1 && d.span().line() <= text.split("\n", -1).length);
      assertTrue(d.span().column() >= 1 && d.span().endColumn() > d.span().column());
    }
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "a",
            " ",
            "'",
            "\"",
            "\\",
            "$",
            "(",
            ")",
            "{",
            "}",
            "#",
            ";",
            "&",
            "|",
            "<",
            ">",
            "<<EOF",
            "<<-E",
            "<<'Q'",
            "EOF",
            "\tE",
            "Q",
            "\t",
            "=",
            "`",
            "!",
            "if",
            ",",
            "..",
            "\n",
            "\n%\n",
            "{{x}}",
            "{{l:list<path>}}",
            "{{s:secret}}",
            "{{t:string}}",
            "${",
            "$(",
            "$((",
            "x=",
            "set +",
            "é",
            "\uD83D\uDE00");
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
