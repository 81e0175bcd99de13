package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.TestPack;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Templates and values are strict UTF-8 (docs/language.md §3.3–3.4): malformed bytes are P109 in a
 * template or manifest and P505 in values, NUL is refused, and a byte order mark, CRLF line ends
 * and a lone CR neither crash nor change the script.
 */
class EncodingTest {
  private static final String MANIFEST =
      "pack robust \"r\"\naxis host = linux\noperation run\nvar s : string = \"x\"\n";
  private static final String EXPECTED =
      "#!/bin/sh\n# plumb: robust run host=linux\n# from: run.plumb\nset -eu\necho x\n";

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
    }
    return out.toByteArray();
  }

  private static String compile(byte[] manifest, byte[] template, byte[] values) {
    Map<String, byte[]> files =
        values == null ? TestPack.files() : TestPack.files("values.json", "");
    files.put("pack/pack.plumb", manifest);
    files.put("pack/run.plumb", template);
    if (values != null) {
      files.put("values.json", values);
    }
    try (TestPack dir = TestPack.temporary(files)) {
      Path pack = dir.root.resolve("pack");
      Bounded.run("lint", () -> "kept in " + dir.save("encoding"), () -> Pack.lint(pack, "pack"));
      return Bounded.run(
              "compile",
              () -> "kept in " + dir.save("encoding"),
              () ->
                  Pack.load(pack, "pack")
                      .compile(
                          "run",
                          Cell.of("host", "linux"),
                          values == null
                              ? Values.none()
                              : Values.fromJson(dir.root.resolve("values.json"), "values.json")))
          .text();
    }
  }

  private static Diagnostic failure(byte[] manifest, byte[] template, byte[] values) {
    Map<String, byte[]> files = TestPack.files("pack/pack.plumb", "", "pack/run.plumb", "");
    files.put("pack/pack.plumb", manifest);
    files.put("pack/run.plumb", template);
    files.put("values.json", values == null ? new byte[] {'{', '}'} : values);
    try (TestPack dir = TestPack.temporary(files)) {
      Path pack = dir.root.resolve("pack");
      List<Diagnostic> errors =
          Bounded.failure(
              "compile",
              () -> "kept in " + dir.save("encoding"),
              () ->
                  Pack.load(pack, "pack")
                      .compile(
                          "run",
                          Cell.of("host", "linux"),
                          Values.fromJson(dir.root.resolve("values.json"), "values.json")));
      return errors.get(0);
    }
  }

  @ParameterizedTest(name = "template {0}")
  @CsvSource({
    "a byte 0xFF, 'ff', 2, 6",
    "a truncated sequence at the end, 'c3', 2, 6",
    "an overlong NUL (C0 80), 'c0 80', 2, 6",
    "a UTF-16 surrogate (ED A0 80), 'ed a0 80', 2, 6",
    "a stray continuation byte, '80', 2, 6"
  })
  void malformedUtf8InATemplateIsP109AtItsLineAndColumn(
      String what, String hex, int line, int column) {
    byte[] bad = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
    Diagnostic d = failure(bytes(MANIFEST), bytes("%template run\necho ", bad, "\n"), null);
    assertEquals(Code.P109, d.code(), d.toString());
    assertEquals(line, d.span().line());
    assertEquals(column, d.span().column());
    assertEquals("pack/run.plumb", d.span().path());
  }

  @Test
  void malformedUtf8InTheManifestIsP109() {
    Map<String, byte[]> files = TestPack.files("run.plumb", "%template run\necho\n");
    files.put(
        "pack.plumb", bytes("pack robust \"r", new byte[] {(byte) 0xc0, (byte) 0xaf}, "\"\n"));
    try (TestPack dir = TestPack.temporary(files)) {
      List<Diagnostic> lint = Bounded.run("lint", () -> "manifest", () -> dir.lintDiagnostics());
      assertTrue(
          lint.stream().anyMatch(d -> d.code() == Code.P109 && d.span().line() == 1),
          lint.toString());
    }
  }

  @Test
  void aNulCharacterInATemplateIsP109() {
    Diagnostic d = failure(bytes(MANIFEST), bytes("%template run\necho a\u0000b\n"), null);
    assertEquals(Code.P109, d.code());
    assertEquals("the file contains a NUL character", d.message());
    assertEquals(2, d.span().line());
    assertEquals(7, d.span().column());
  }

  @ParameterizedTest(name = "values {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a byte 0xFF in a string|7b 22 73 22 3a 22 ff 22 7d|P505|the values file is not valid UTF-8 (byte 0xff)",
        "UTF-16|fe ff 00 7b 00 7d|P505|the values file is not valid UTF-8 (byte 0xfe)",
        "a raw NUL in a string|7b 22 73 22 3a 22 00 22 7d|P505|malformed JSON: illegal unquoted character (control character 0): must be escaped inside a string, like \\n",
        "an escaped NUL|7b 22 73 22 3a 22 5c 75 30 30 30 30 22 7d|P503|/s: expected a string without NUL characters or unpaired surrogates, got \"\\u0000\"",
        "a lone surrogate|7b 22 73 22 3a 22 5c 75 64 38 30 30 22 7d|P503|/s: expected a string without NUL characters or unpaired surrogates, got \"\\ud800\"",
        "nothing at all||P505|the values file is empty; expected a JSON object"
      })
  void malformedValuesAreP505OrP503(String what, String hex, String code, String message) {
    byte[] values = hex == null ? new byte[0] : java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
    Diagnostic d = failure(bytes(MANIFEST), bytes("%template run\necho {{ s }}\n"), values);
    assertEquals(Code.valueOf(code), d.code(), d.toString());
    assertEquals(message, d.message());
    assertEquals("values.json", d.span().path());
  }

  @Test
  void aByteOrderMarkCrlfAndLoneCrLeaveTheScriptAsItWouldBe() {
    byte[] template = bytes("%template run\necho {{ s }}\n");
    assertEquals(EXPECTED, compile(bytes(MANIFEST), template, null));
    assertEquals(
        EXPECTED,
        compile(bytes("\ufeff" + MANIFEST), bytes("\ufeff%template run\necho {{ s }}\n"), null));
    assertEquals(
        EXPECTED,
        compile(
            bytes(MANIFEST.replace("\n", "\r\n")),
            bytes("%template run\r\n%if true\r\necho {{ s }}\r\n%end\r\n"),
            null));
    assertEquals(
        EXPECTED, compile(bytes(MANIFEST), template, bytes("\ufeff{\r\n\"s\":\r\"x\"\r\n}\r\n")));
  }

  /**
   * A lone CR is no line break: inside a text line it is kept as written; ending a directive line
   * it is an error.
   */
  @Test
  void aLoneCrIsTextOrAnError() {
    assertEquals(
        EXPECTED.replace("echo x", "echo a\rb x"),
        compile(bytes(MANIFEST), bytes("%template run\necho a\rb {{ s }}\n"), null));
    Diagnostic d = failure(bytes(MANIFEST), bytes("%template run\recho {{ s }}\r"), null);
    assertEquals(Code.P101, d.code());
    assertEquals(1, d.span().line());
    Diagnostic hole = failure(bytes(MANIFEST), bytes("%template run\necho {{ s\r}}\n"), null);
    assertEquals(Code.P101, hole.code());
    assertEquals("unexpected '\\r', expected '}}'", hole.message());
  }

  @Test
  void aValueWithACarriageReturnIsQuoted() {
    assertEquals(
        EXPECTED.replace("echo x", "echo 'a\rb'"),
        compile(
            bytes(MANIFEST), bytes("%template run\necho {{ s }}\n"), bytes("{\"s\": \"a\\rb\"}")));
  }
}
