package dev.plumb.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumb.Pack;
import dev.plumb.diag.SarifReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    assertTrue(sarif.contains("\"ruleId\" : \"P304\""), sarif);
  }

  @Test
  void anEmptyReportIsValidSarif() {
    assertEquals(
        List.of(), schema.validate(SarifReport.render(List.of(), "0.1.0"), InputFormat.JSON));
  }

  /** The validator really validates: a report without its version is refused. */
  @Test
  void theSchemaRejectsBrokenSarif() {
    String broken = SarifReport.render(List.of(), "0.1.0").replace("\"version\" : \"2.1.0\",", "");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
  }
}
