package dev.plumb.check.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Here-documents: delimiter forms, bodies and their holes, P317. */
class HeredocTest {

  @Test
  void expandingBody() {
    Fixture f = Fixture.of("cat <<EOF > {{out}}\nname={{n}}\nEOF\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(Role.REDIRECT_TARGET, f.hole("out").role());
    assertEquals(
        new HoleContext(
            Quoting.HEREDOC_EXPANDING,
            Role.HEREDOC_BODY,
            false,
            false,
            false,
            List.of(new HoleContext.EndLine("EOF", false))),
        f.hole("n"));
    assertEquals(List.of(0, 0, 0, 1), f.commands());
  }

  static Stream<Arguments> delimiters() {
    return Stream.of(
        arguments("<<'EOF'", "EOF", Quoting.HEREDOC_LITERAL),
        arguments("<<\"EOF\"", "EOF", Quoting.HEREDOC_LITERAL),
        arguments("<<\\EOF", "EOF", Quoting.HEREDOC_LITERAL),
        arguments("<<E\"OF\"", "EOF", Quoting.HEREDOC_LITERAL),
        arguments("<< EOF", "EOF", Quoting.HEREDOC_EXPANDING),
        arguments("<<END_1", "END_1", Quoting.HEREDOC_EXPANDING),
        arguments("<<'a b'", "a b", Quoting.HEREDOC_LITERAL));
  }

  @ParameterizedTest
  @MethodSource
  void delimiters(String op, String delimiter, Quoting quoting) {
    Fixture f = Fixture.of("cat " + op + "\n{{x}}\n" + delimiter + "\necho done");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(quoting, f.hole("x").quoting());
    assertEquals(List.of(new HoleContext.EndLine(delimiter, false)), f.hole("x").endLines());
    assertEquals(List.of(0, 0, 0, 1), f.commands());
  }

  @Test
  void dashStripsTabsBeforeTheDelimiter() {
    Fixture f = Fixture.of("cat <<-EOF\n\tx {{v}}\n\tEOF\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(List.of(new HoleContext.EndLine("EOF", true)), f.hole("v").endLines());
    assertEquals(List.of(0, 0, 0, 1), f.commands());
  }

  @Test
  void plainHeredocDoesNotStripTabs() {
    Fixture f = Fixture.of("cat <<EOF\n\tEOF\nEOF\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(List.of(0, 0, 0, 1), f.commands());
  }

  @Test
  void twoOnOneLineAreReadInOrder() {
    Fixture f = Fixture.of("cat <<A - <<'B'\n{{a}}\nA\n{{b}}\nB\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(List.of(new HoleContext.EndLine("A", false)), f.hole("a").endLines());
    assertEquals(List.of(new HoleContext.EndLine("B", false)), f.hole("b").endLines());
    assertEquals(Quoting.HEREDOC_EXPANDING, f.hole("a").quoting());
    assertEquals(Quoting.HEREDOC_LITERAL, f.hole("b").quoting());
    assertEquals(List.of(0, 0, 0, 0, 0, 1), f.commands());
  }

  @Test
  void bodyIsNotReadAsCommands() {
    assertEquals(
        List.of(), Fixture.diagnostics("cat <<EOF\nif then && ; & ( { [[ 'x\n\"y\nEOF\nls"));
  }

  @Test
  void expandingBodyIsCheckedForExpansions() {
    assertEquals(
        List.of("P305@2:1", "P307@2:9", "P305@2:17", "P306@3:3"),
        Fixture.diagnostics("cat <<EOF\n$(date) ${x:-y} `id`\n  $((1+2))\nEOF"));
  }

  @Test
  void literalBodyIsNotChecked() {
    assertEquals(List.of(), Fixture.diagnostics("cat <<'EOF'\n$(date) ${x:-y} `id` \\{{v}}\nEOF"));
  }

  @Test
  void escapesInExpandingBody() {
    assertEquals(
        List.of("P313@2:1", "P310@2:8"),
        Fixture.diagnostics("cat <<EOF\n\\{{a}} ${{b}} \\$(x) \\\\{{c}}\nEOF"));
  }

  @Test
  void bodyMaySpanDirectives() {
    Fixture f = Fixture.of("cat <<EOF\n\"open\n%\n'open\n%\nEOF\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(List.of(0, 0, 0, 0, 1), f.commands());
  }

  @Test
  void backslashAtTheEndOfAnExpandingBodyLineJoinsTheNext() {
    // the shell joins 'a \' and 'EOF' into 'a EOF', which is not the delimiter line
    Fixture f = Fixture.of("cat <<EOF\na \\\nEOF\nls");
    assertEquals(List.of(0, 0, 0, 0), f.commands());
    assertEquals(List.of("P317@1:5"), f.diagnostics());
  }

  @Test
  void backslashAtTheEndOfAQuotedBodyLineDoesNotContinue() {
    Fixture f = Fixture.of("cat <<'EOF'\na \\\nEOF\nls");
    assertEquals(List.of(0, 0, 0, 1), f.commands());
  }

  @Test
  void commandsAfterTheOperatorOnTheSameLine() {
    Fixture f = Fixture.of("cat <<EOF | tr a b > {{f}}\nx\nEOF");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(Role.REDIRECT_TARGET, f.hole("f").role());
  }

  @Test
  void heredocAfterAMultiLineQuoteStartsAfterIt() {
    Fixture f = Fixture.of("cat <<EOF; echo \"a\nb\"\nbody\nEOF\nls");
    assertEquals(List.of(), f.diagnostics());
    assertEquals(List.of(0, 0, 0, 0, 1), f.commands());
  }

  static Stream<Arguments> neverEnded() {
    return Stream.of(
        arguments("cat <<EOF\nx", List.of("P317@1:5")),
        arguments("cat <<EOF", List.of("P317@1:5")),
        arguments("cat <<-EOF\nx\n  EOF", List.of("P317@1:5")),
        arguments("cat <<EOF\nEOF \nx", List.of("P317@1:5")),
        arguments("cat <<EOF\n{{x}}", List.of("P317@1:5")),
        arguments("cat <<", List.of("P317@1:5")),
        arguments("cat << ; ls", List.of("P317@1:5")),
        arguments("cat <<A <<B\nA\n", List.of("P317@1:9")));
  }

  @ParameterizedTest
  @MethodSource
  void neverEnded(String text, List<String> expected) {
    assertEquals(expected, Fixture.diagnostics(text));
  }

  @Test
  void neverEndedNamesTheDelimiter() {
    var d = Fixture.of("cat <<-EOF\nx").all().get(0);
    assertEquals("here-document 'EOF' is never ended", d.message());
    assertEquals(5, d.span().column());
    assertEquals(8, d.span().endColumn());
  }

  @Test
  void holeInTheDelimiter() {
    assertEquals(List.of("P313@1:7"), Fixture.diagnostics("cat <<{{d}}\nx\n"));
  }
}
