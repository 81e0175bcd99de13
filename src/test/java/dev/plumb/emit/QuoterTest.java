package dev.plumb.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.Quoting;
import dev.plumb.check.shell.Role;
import dev.plumb.types.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a value is written into the script: by its type and the hole's context (docs/language.md §1,
 * §3.2).
 */
class QuoterTest {
  private static HoleContext in(Quoting quoting) {
    return new HoleContext(
        quoting, quoting == Quoting.UNQUOTED ? Role.ARGUMENT : Role.HEREDOC_BODY, false);
  }

  /**
   * Text that is bare in an unquoted word: only {@code [A-Za-z0-9_@%+:,./-]}, not a reserved word.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "z",
        "A",
        "Z",
        "0",
        "9",
        "web1",
        "vm_01",
        "user@host",
        "50%",
        "a+b",
        "host:port",
        "a,b",
        "/vm/web1/disk0.img",
        "./x",
        "-",
        "--",
        "aZ09_@%+:,./-",
        "ifx",
        "done1",
        "If",
        "FI",
        "in.x"
      })
  void safeTextIsBare(String text) {
    assertEquals(text, Quoter.word(text));
  }

  /** Everything else is single-quoted, a quote becoming {@code '\''}. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\" \"|' '",
        "a b|'a b'",
        "$HOME|'$HOME'",
        "a;b|'a;b'",
        "x*|'x*'",
        "~root|'~root'",
        "a=b|'a=b'",
        "é|'é'",
        "a\\b|'a\\b'",
        "`id`|'`id`'",
        "it's|'it'\\''s'",
        "''|''\\'''\\'''",
        "[|'['",
        "{|'{'",
        "a^b|'a^b'",
        "a!b|'a!b'",
        "a#b|'a#b'",
        "(|'('",
        "<|'<'",
        "&|'&'",
        "a\u007fb|'a\u007fb'",
        "a\u0000b|'a\u0000b'",
      })
  void otherTextIsSingleQuoted(String text, String expected) {
    assertEquals(expected, Quoter.word(text));
  }

  /**
   * Each safe range and the characters just outside it (ASCII order: {@code . / 0-9 : ; ? @ A-Z [ `
   * a-z {}}).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/|true", "0|true", "9|true", ":|true", ";|false", "?|false", "@|true", "A|true", "Z|true",
        "[|false", "_|true", "`|false", "a|true", "z|true", "{|false", "~|false", "+|true",
            "*|false",
        ",|true", "-|true", ".|true", "%|true", "$|false", "=|false", "^|false", "\\|false",
      })
  void charactersAroundTheSafeRanges(char c, boolean bare) {
    String text = "x" + c + "y";
    assertEquals(bare ? text : "'" + text + "'", Quoter.word(text));
  }

  @Test
  void theEmptyStringIsTwoQuotes() {
    assertEquals("''", Quoter.word(""));
  }

  /** Every shell reserved word is quoted, so a value never reads as syntax in command position. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "if",
        "then",
        "elif",
        "else",
        "fi",
        "case",
        "esac",
        "for",
        "select",
        "while",
        "until",
        "do",
        "done",
        "function",
        "in",
        "time",
        "coproc"
      })
  void reservedWordsAreQuoted(String word) {
    assertEquals("'" + word + "'", Quoter.word(word));
  }

  static Stream<Arguments> byContext() {
    String hostile = "a\\b\"c$d`e'f g";
    return Stream.of(
        Arguments.of(Quoting.UNQUOTED, hostile, "'a\\b\"c$d`e'\\''f g'"),
        Arguments.of(Quoting.DOUBLE_QUOTED, hostile, "a\\\\b\\\"c\\$d\\`e'f g"),
        Arguments.of(Quoting.HEREDOC_EXPANDING, hostile, "a\\\\b\"c\\$d\\`e'f g"),
        Arguments.of(Quoting.HEREDOC_LITERAL, hostile, hostile),
        Arguments.of(Quoting.COMMENT, hostile, hostile),
        Arguments.of(Quoting.UNQUOTED, "", "''"),
        Arguments.of(Quoting.DOUBLE_QUOTED, "", ""),
        Arguments.of(Quoting.HEREDOC_EXPANDING, "", ""),
        Arguments.of(Quoting.DOUBLE_QUOTED, "$$", "\\$\\$"),
        Arguments.of(Quoting.HEREDOC_EXPANDING, "\\\\", "\\\\\\\\"),
        Arguments.of(Quoting.DOUBLE_QUOTED, "plain", "plain"),
        Arguments.of(Quoting.UNQUOTED, "if", "'if'"),
        Arguments.of(Quoting.DOUBLE_QUOTED, "if", "if"),
        Arguments.of(Quoting.HEREDOC_LITERAL, "if", "if"));
  }

  /**
   * Text in each quoting context: single quotes outside, escapes inside "…" and unquoted
   * here-documents.
   */
  @ParameterizedTest
  @MethodSource
  void byContext(Quoting quoting, String text, String expected) {
    assertEquals(expected, Quoter.render(new Value.Text(text), in(quoting)));
  }

  static Stream<Arguments> scalars() {
    return Stream.of(
        Arguments.of(new Value.Int(0), "0"),
        Arguments.of(new Value.Int(-42), "-42"),
        Arguments.of(new Value.Int(Long.MAX_VALUE), "9223372036854775807"),
        Arguments.of(new Value.Size(0), "0"),
        Arguments.of(new Value.Size(1000), "1000"),
        Arguments.of(new Value.Size(1024), "1K"),
        Arguments.of(new Value.Size(1536L << 20), "1536M"),
        Arguments.of(new Value.Size(2048L << 20), "2G"),
        Arguments.of(new Value.Size(3L << 40), "3T"),
        Arguments.of(new Value.Bool(true), "true"),
        Arguments.of(new Value.Bool(false), "false"),
        Arguments.of(new Value.Word("freebsd"), "freebsd"),
        Arguments.of(new Value.Text("web1"), "web1"));
  }

  /** Ints, sizes (largest exact unit), bools and enum words are written bare in every context. */
  @ParameterizedTest
  @MethodSource
  void scalars(Value value, String expected) {
    assertEquals(expected, Quoter.scalar(value));
    for (Quoting quoting : Quoting.values()) {
      assertEquals(expected, Quoter.render(value, in(quoting)), quoting.name());
    }
  }

  @Test
  void aListIsOneWordPerElementEachQuotedOnItsOwn() {
    Value list =
        new Value.ListOf(
            List.of(
                new Value.Text("/vm/a.img"),
                new Value.Text("/vm/data disk.img"),
                new Value.Text("it's")));
    assertEquals(
        "/vm/a.img '/vm/data disk.img' 'it'\\''s'",
        Quoter.render(list, new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, true)));
  }

  @Test
  void listsOfOtherScalarsAndEmptyLists() {
    HoleContext word = new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, true);
    assertEquals(
        "1 2G true",
        Quoter.render(
            new Value.ListOf(
                List.of(new Value.Int(1), new Value.Size(2L << 30), new Value.Bool(true))),
            word));
    assertEquals("", Quoter.render(new Value.ListOf(List.of()), word));
    assertEquals("''", Quoter.render(new Value.ListOf(List.of(new Value.Text(""))), word));
    // an empty first element still separates the next one
    assertEquals(
        "'' '' x",
        Quoter.render(
            new Value.ListOf(List.of(new Value.Text(""), new Value.Text(""), new Value.Text("x"))),
            word));
  }

  /**
   * A secret is read from the environment when the script runs; double-quoted when it stands
   * unquoted.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UNQUOTED|\"${PLUMB_SECRET_VM_VNC}\"",
        "DOUBLE_QUOTED|${PLUMB_SECRET_VM_VNC}",
        "HEREDOC_EXPANDING|${PLUMB_SECRET_VM_VNC}",
      })
  void secrets(Quoting quoting, String expected) {
    assertEquals(expected, Quoter.render(new Value.Secret("PLUMB_SECRET_VM_VNC"), in(quoting)));
  }

  @Test
  void valuesThatAreNotScalarsCannotBeWritten() {
    IllegalArgumentException absent =
        assertThrows(IllegalArgumentException.class, () -> Quoter.scalar(Value.ABSENT));
    assertEquals("cannot write Absent[]", absent.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Quoter.render(new Value.RecordOf(Map.of()), in(Quoting.UNQUOTED)));
  }
}
