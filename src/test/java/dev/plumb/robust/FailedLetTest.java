package dev.plumb.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Cell;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.TestPack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code %let} whose value fails (index out of range, overflow) is reported once, and the
 * statements that use it are skipped: they used to crash with a ClassCastException.
 */
class FailedLetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%let x = l[5]|echo {{ x + 1 }}|P507",
        "%let x = l[5] > 1|%if not x|P507",
        "%let x = [l[5]]|%each y in x|P507",
        "%let x = str(l[5])|echo {{ len(x) }}|P507",
        "%let x = n * 9223372036854775807|echo {{ x * 2 }}|P510",
        "%let x = l[5]|%let y = x + 1|P507"
      })
  void usesOfAFailedLetAreSkipped(String let, String use, String code) {
    String close = use.startsWith("%if") || use.startsWith("%each") ? "\necho\n%end\n" : "\n";
    try (TestPack dir = TestPack.temporary(TestPack.run(let + "\n" + use + close))) {
      List<Diagnostic> errors =
          Bounded.failure(
              "compile",
              () -> let + " / " + use,
              () -> dir.load().compile("run", Cell.of("host", "linux"), Values.of(Map.of("n", 2))));
      assertEquals(1, errors.size(), errors.toString());
      assertEquals(Code.valueOf(code), errors.get(0).code());
      assertEquals(2, errors.get(0).span().line());
    }
  }
}
