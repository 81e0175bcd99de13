package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Failure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public {@link Values}: reading files strictly, Java maps, and --sets as immutable copies. */
class ValuesTest {
  @TempDir Path dir;

  private static String error(Runnable action) {
    Failure e = assertThrows(Failure.class, action::run);
    assertEquals(1, e.diagnostics().size());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Code.P505, d.code());
    return Fixture.render(d);
  }

  @Test
  void readsAFileAsUtf8() throws Exception {
    Path file = dir.resolve("web1.json");
    Files.writeString(file, "{\"vm\": {\"note\": \"é😀\"}}", StandardCharsets.UTF_8);
    Supplied values = Supplied.fromJson(file, file.toString());
    assertEquals(file.toString(), values.source().path());
    Json.Str note =
        (Json.Str) ((Json.Obj) values.root().members().get(0).value()).members().get(0).value();
    assertEquals("é😀", note.value());
    assertEquals(17, note.span().column());
    assertEquals(21, note.span().endColumn());
  }

  @Test
  void malformedUtf8IsAnErrorAtItsPlace() throws Exception {
    Path file = dir.resolve("bad.json");
    byte[] bytes = "{\n  \"a\": \"xé\u0000\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xff;
    Files.write(file, bytes);
    assertEquals(
        file + ":2:11: P505: the values file is not valid UTF-8 (byte 0xff)",
        error(() -> Supplied.fromJson(file, file.toString())));
  }

  @Test
  void anEncodedSurrogateIsMalformedUtf8() throws Exception {
    Path file = dir.resolve("surrogate.json");
    Files.write(
        file, new byte[] {'{', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', ':', '1', '}'});
    assertEquals(
        file + ":1:3: P505: the values file is not valid UTF-8 (bytes 0xed 0xa0 0x80)",
        error(() -> Supplied.fromJson(file, file.toString())));
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF{\"x\": 1}", StandardCharsets.UTF_8);
    Json.Obj root = Supplied.fromJson(file, file.toString()).root();
    assertEquals(2, root.members().get(0).keySpan().column());
  }

  @Test
  void unreadableFiles() {
    Path missing = dir.resolve("missing.json");
    assertEquals(
        missing + ": P505: cannot read the values file: no such file",
        error(() -> Supplied.fromJson(missing, missing.toString())));
    assertEquals(
        dir + ": P505: cannot read the values file: it is a directory",
        error(() -> Supplied.fromJson(dir, dir.toString())));
  }

  @Test
  void malformedJsonIsLocated() {
    assertEquals(
        "v.json:2:10: P505: malformed JSON: unexpected character '}': expected a key in double quotes",
        error(() -> Supplied.fromJson("v.json", "{\n  \"a\": 1,}")));
    assertEquals(
        "v.json:1:13: P505: malformed JSON: duplicate key 'a'",
        error(() -> Supplied.fromJson("v.json", "{\"a\": 1, \"a\": 2}")));
    assertEquals(
        "v.json:1:10: P505: malformed JSON: unrecognized token 'x': expected a string, number, array,"
            + " object, true, false or null",
        error(() -> Supplied.fromJson("v.json", "{\"a\": 1} x")));
    assertEquals(
        "v.json:1:1: P505: malformed JSON: unexpected character '/': JSON has no comments",
        error(() -> Supplied.fromJson("v.json", "// values\n{}")));
    assertEquals(
        "v.json:1:2: P505: malformed JSON: unexpected end of input: expected '}' to close the object",
        error(() -> Supplied.fromJson("v.json", "{")));
    // Jackson places this one where it stopped reading, not at the bracket: only the line is
    // certain.
    String deep = error(() -> Supplied.fromJson("v.json", "{\"a\":" + "[".repeat(1200)));
    assertTrue(
        deep.startsWith("v.json:1:")
            && deep.endsWith(": P505: malformed JSON: values nested deeper than 1000 levels"),
        deep);
  }

  @Test
  void theTopLevelMustBeAnObject() {
    assertEquals(
        "v.json:1:1: P505: expected a JSON object at the top level, got an array",
        error(() -> Supplied.fromJson("v.json", "[1]")));
    assertEquals(
        "v.json: P505: the values file is empty; expected a JSON object",
        error(() -> Supplied.fromJson("v.json", " \n")));
  }

  @Test
  void theExceptionMessageIsTheFirstLine() {
    Failure e = assertThrows(Failure.class, () -> Supplied.fromJson("v.json", "[1]"));
    assertEquals(
        "v.json:1:1: error[P505]: expected a JSON object at the top level, got an array",
        e.getMessage());
  }

  @Test
  void setReturnsACopy() {
    Supplied none = Supplied.none();
    Supplied one = none.with("vm.name", "web1");
    Supplied two = one.with("vm.name", "web2");
    assertEquals(List.of(), none.sets());
    assertEquals(List.of(new Assignment("vm.name", "web1")), one.sets());
    assertEquals(
        List.of(new Assignment("vm.name", "web1"), new Assignment("vm.name", "web2")), two.sets());
    assertTrue(none.root() == null);
  }

  @Test
  void mapsWithDottedKeysNest() {
    Supplied values = Supplied.of(Map.of("vm.name", "web1", "vm", Map.of("cpus", 2)));
    assertEquals(
        "{\n  \"vm\": {\n    \"cpus\": 2,\n    \"name\": \"web1\"\n  }\n}\n",
        values.source().text());
  }

  @Test
  void aMapMayNotGiveAValueTwice() {
    assertEquals(
        "<values>: P505: the value 'vm.name' is given twice, dotted and nested",
        error(() -> Supplied.of(Map.of("vm.name", "web1", "vm", Map.of("name", "web2")))));
  }

  @Test
  void aMapHoldsOnlyWhatJsonCan() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Supplied.of(Map.of("vm", Map.of("disks", List.of(Path.of("/a"))))));
    assertTrue(e.getMessage().contains("at vm.disks[0]"), e.getMessage());
  }
}
