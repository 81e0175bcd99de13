package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.check.Declarations;
import dev.plumb.types.Scalars;
import dev.plumb.types.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The values JSON Schema: a golden file ({@code -Dplumb.bless=true} rewrites it), and patterns that
 * agree with the binder.
 */
class SchemaTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/plumb/values/schema.json");

  @Test
  void matchesTheGoldenFile() throws Exception {
    String schema = Schema.json(Fixture.declarations());
    if (Boolean.getBoolean("plumb.bless")) {
      Files.writeString(GOLDEN, schema, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), schema);
    assertEquals(schema, Schema.json(Fixture.declarations()));
  }

  @Test
  void aBarePackHasNoDefsAndNoDescription() throws Exception {
    Declarations bare =
        new Declarations(
            "bare",
            null,
            List.of(),
            List.of(),
            Map.of(),
            Map.of("x", Fixture.var("x", Type.Scalar.INT, null, null)));
    JsonNode schema = new ObjectMapper().readTree(Schema.json(bare));
    assertEquals(1, schema.get("version").asInt());
    assertEquals("bare", schema.get("title").asText());
    assertFalse(schema.has("description"));
    assertFalse(schema.has("$defs"));
    assertEquals("[\"x\"]", schema.get("required").toString());
  }

  @Test
  void patternsAgreeWithTheBinder() throws Exception {
    JsonNode vm =
        new ObjectMapper()
            .readTree(Schema.json(Fixture.declarations()))
            .at("/properties/vm/properties");
    check(
        vm.at("/name/pattern").asText(),
        Type.Kind.NAME,
        "web1",
        "A.b_c-9",
        "-x",
        "web 1",
        "",
        ".x",
        "é");
    check(
        vm.at("/dir/pattern").asText(),
        Type.Kind.PATH,
        "/vm",
        "a b",
        "-x",
        "",
        "a\nb",
        "a\rb",
        "a\u0000",
        "é");
    check(
        vm.at("/mac/pattern").asText(),
        Type.Kind.MAC,
        "58:9c:fc:00:00:01",
        "58:9C:FC:00:00:0A",
        "58:9c:fc:00:00",
        "58-9c-fc-00-00-01",
        "58:9c:fc:00:00:0g");
    check(
        vm.at("/ip/pattern").asText(),
        Type.Kind.IPV4,
        "10.0.0.5",
        "0.0.0.0",
        "255.255.255.255",
        "256.0.0.1",
        "10.0.0.05",
        "1.2.3",
        "1.2.3.4.5",
        "199.249.200.100");
    check(vm.at("/note/pattern").asText(), Type.Kind.STRING, "", "a\nb", "a\u0000b");
    Pattern size = Pattern.compile(vm.at("/memory/anyOf/0/pattern").asText());
    for (String text : List.of("2G", "1536M", "1000", "1000B", "2g", "2 G", "-1G", "G", "")) {
      assertEquals(Scalars.size(text) != null, size.matcher(text).find(), text);
    }
  }

  private static void check(String pattern, Type.Kind kind, String... samples) {
    Pattern compiled = Pattern.compile(pattern);
    for (String sample : samples) {
      assertEquals(
          Scalars.valid(kind, sample), compiled.matcher(sample).find(), kind + " " + sample);
    }
  }
}
