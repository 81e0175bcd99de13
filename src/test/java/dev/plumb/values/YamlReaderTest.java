package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Failure;
import dev.plumb.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML values read into the located JSON tree: plain scalars by YAML 1.2's JSON schema, places in
 * code points whatever the characters before them, and what plumb refuses (aliases, tags, a second
 * document, duplicate keys), each a located P505.
 */
class YamlReaderTest {

  private static Json value(String yaml) {
    Json.Obj top = YamlReader.readObject(new SourceFile("v.yaml", yaml));
    return top.members().get(0).value();
  }

  private static String failure(String yaml) {
    Failure f =
        assertThrows(Failure.class, () -> YamlReader.readObject(new SourceFile("v.yaml", yaml)));
    return f.diagnostics().stream().map(Fixture::render).toList().toString();
  }

  @Test
  void plainScalarsAreTypedOnlyAsJsonWouldTypeThem() {
    assertEquals(new Json.Num("42", true, null).text(), ((Json.Num) value("a: 42\n")).text());
    assertEquals(false, ((Json.Num) value("a: -1.5e3\n")).integral());
    assertEquals(true, ((Json.Bool) value("a: True\n")).value());
    assertInstanceOf(Json.Null.class, value("a: ~\n"));
    assertInstanceOf(Json.Null.class, value("a:\n"));
    assertInstanceOf(Json.Null.class, value("a:   # nothing\n"));
    for (String text : List.of("no", "yes", "on", "0755", "0x10", "1_000", "+5", ".inf", "2G")) {
      assertEquals(text, ((Json.Str) value("a: " + text + "\n")).value(), text);
    }
    assertEquals("", ((Json.Str) value("a: ''\n")).value());
    assertEquals("42", ((Json.Str) value("a: \"42\"\n")).value());
  }

  @Test
  void placesAreLinesAndCodePointColumns() {
    Json.Obj top = YamlReader.readObject(new SourceFile("v.yaml", "x: \"😀\"\r\ny: [1, 22]\n"));
    Json.Arr y = (Json.Arr) top.members().get(1).value();
    assertEquals("v.yaml:2:1", top.members().get(1).keySpan().location());
    assertEquals("v.yaml:2:8", y.elements().get(1).span().location());
    assertEquals(10, y.elements().get(1).span().endColumn());
    Json.Obj after = YamlReader.readObject(new SourceFile("v.yaml", "x: \"😀😀\"\ny: 1\n"));
    assertEquals("v.yaml:2:4", after.members().get(1).value().span().location());
  }

  @Test
  void refusesWhatAValuesFileShouldNotHold() {
    assertEquals(
        "[v.yaml:2:4: P505: a YAML alias: plumb does not read aliases; write the value out]",
        failure("a: &x 1\nb: *x\n"));
    assertEquals(
        "[v.yaml:1:4: P505: a YAML tag (tag:yaml.org,2002:str): plumb does not read tags; quote a"
            + " string]",
        failure("a: !!str 5\n"));
    assertEquals(
        "[v.yaml:3:1: P505: a second YAML document: a values file holds one]",
        failure("a: 1\n---\nb: 2\n"));
    assertEquals("[v.yaml:2:1: P505: duplicate key 'a']", failure("a: 1\na: 2\n"));
    assertEquals(
        "[v.yaml:1:1: P505: expected a YAML mapping at the top level, got an array]",
        failure("- 1\n- 2\n"));
    assertEquals(
        "[v.yaml: P505: the values file is empty; expected a YAML mapping]", failure("# none\n"));
  }

  @Test
  void malformedYamlIsLocatedWhereTheParserStopped() {
    assertEquals(
        "[v.yaml:2:1: P505: malformed YAML: found character '\\t(TAB)' that cannot start any"
            + " token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)]",
        failure("a:\n\t- b\n"));
  }

  @Test
  void whatYamlCannotHoldIsAP505NeverAnException() {
    for (String yaml :
        List.of(
            "a: \u0001\n",
            "\u0000",
            "a: \"\\x\"\n",
            "? [a]\n: b\n",
            "%YAML 9.9\n---\na: 1\n",
            "a: *\n")) {
      assertTrue(failure(yaml).contains(": P505: "), yaml);
    }
  }

  @Test
  void nestingIsBoundedLikeJson() {
    String deep =
        "a: " + "[".repeat(YamlReader.MAX_DEPTH + 1) + "]".repeat(YamlReader.MAX_DEPTH + 1);
    assertEquals(
        "[v.yaml:1:1003: P505: values nested deeper than 1000 levels]", failure(deep + "\n"));
  }
}
