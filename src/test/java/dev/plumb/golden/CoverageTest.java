package dev.plumb.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Code;
import dev.plumb.diag.Explanations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code has an explanation and, unless it is retired, at least one golden case that
 * reports it.
 */
class CoverageTest {

  @Test
  void everyCodeIsExplained() {
    List<Code> unexplained = new ArrayList<>();
    for (Code code : Code.values()) {
      String text = Explanations.of(code);
      if (text == null || !text.contains("## Example") || !text.contains("## Fix")) {
        unexplained.add(code);
      }
    }
    assertTrue(unexplained.isEmpty(), "codes without a full explanation: " + unexplained);
  }

  @Test
  void everyCodeHasAGoldenCase() throws IOException {
    Set<Code> seen = EnumSet.noneOf(Code.class);
    for (GoldenCase golden : GoldenCase.all()) {
      Path err = golden.dir().resolve("expected.err");
      if (Files.exists(err)) {
        String text = Files.readString(err, StandardCharsets.UTF_8);
        for (Code code : Code.values()) {
          if (text.contains("[" + code + "]")) {
            seen.add(code);
          }
        }
      }
    }
    Set<Code> missing = EnumSet.allOf(Code.class);
    missing.removeAll(seen);
    missing.removeIf(Code::retired);
    assertTrue(missing.isEmpty(), "codes no golden case reports: " + missing);
  }
}
