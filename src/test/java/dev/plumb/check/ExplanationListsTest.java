package dev.plumb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.diag.Code;
import dev.plumb.diag.Explanations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The explanations that list what the language has name all of it: a directive or a function added
 * to the language and not to its explanation fails here.
 */
class ExplanationListsTest {
  @Test
  void theUnknownDirectiveExplanationNamesEveryDirective() throws Exception {
    String explanation = Explanations.of(Code.P104);
    Matcher directive =
        Pattern.compile("'%([a-z]+)'").matcher(Files.readString(Path.of("grammar/PlumbLexer.g4")));
    List<String> missing =
        directive
            .results()
            .map(m -> "`%" + m.group(1) + "`")
            .filter(name -> !explanation.contains(name))
            .toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void theUnknownFunctionExplanationNamesEveryFunction() {
    String explanation = Explanations.of(Code.P202);
    List<String> missing =
        Builtins.ARITY.keySet().stream()
            .sorted()
            .map(name -> "`" + name + "`")
            .filter(name -> !explanation.contains(name))
            .toList();
    assertEquals(List.of(), missing);
  }
}
