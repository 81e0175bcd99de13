package dev.plumb.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumb.Pack;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.format.SarifReport;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.testing.TestPack;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumb lint --format sarif} is valid SARIF 2.1.0, checked against the official schema. */
class SarifSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void theBrokenSampleReportIsValidSarif() {
    String sarif =
        SarifReport.render(Pack.lint(Path.of("samples/broken"), "samples/broken"), "0.1.0");
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    assertTrue(sarif.contains("\"ruleId\": \"P304\""), sarif);
  }

  @Test
  void anEmptyReportIsValidSarif() {
    assertEquals(
        List.of(), schema.validate(SarifReport.render(List.of(), "0.1.0"), InputFormat.JSON));
  }

  /**
   * A file name with a space, '%', '#' and a non-ASCII letter, in a folder with a space, is a valid
   * URI reference in {@code artifactLocation.uri}: each byte percent-encoded, '/' kept, and the
   * URI's path decodes back to the name lint showed.
   */
  @Test
  void fileNamesArePercentEncodedUris(@TempDir Path tmp) throws Exception {
    Path pack =
        TestPack.write(
                tmp.resolve("my pack"),
                "pack p\noperation run\n",
                "a b%#\u00e9.plumb",
                "%template run\necho {{ nope }}\n")
            .root;
    List<Diagnostic> found = Pack.lint(pack, "my pack");
    assertEquals("my pack/a b%#\u00e9.plumb", found.get(0).span().path());
    String sarif = SarifReport.render(found, "0.1.0");
    assertEquals(List.of(), schema.validate(sarif, InputFormat.JSON));
    String uri =
        new ObjectMapper()
            .readTree(sarif)
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
            .asText();
    assertEquals("my%20pack/a%20b%25%23%C3%A9.plumb", uri);
    URI parsed = new URI(uri);
    assertEquals(null, parsed.getScheme());
    assertEquals(null, parsed.getFragment());
    assertEquals("my pack/a b%#\u00e9.plumb", parsed.getPath());
  }

  /** A ':' in the first segment would make the reference read as a scheme. */
  @Test
  void aColonCannotBecomeAScheme() throws Exception {
    Diagnostic d =
        Diagnostic.error(
            Code.P201, Span.ofFile(new SourceFile("c:x/[1]?.plumb", "")), "unknown name 'x'");
    String sarif = SarifReport.render(List.of(d), "0.1.0");
    assertTrue(sarif.contains("\"uri\": \"c%3Ax/%5B1%5D%3F.plumb\""), sarif);
    assertEquals(null, new URI("c%3Ax/%5B1%5D%3F.plumb").getScheme());
  }

  /** The validator really validates: a report without its version is refused. */
  @Test
  void theSchemaRejectsBrokenSarif() {
    String broken = SarifReport.render(List.of(), "0.1.0").replace("\"version\": \"2.1.0\",", "");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
  }
}
