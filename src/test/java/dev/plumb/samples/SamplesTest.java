package dev.plumb.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The expected scripts beside the sample packs' example values: each {@code examples/NAME.*.sh} is
 * what compiling its own header's operation and cell with {@code examples/NAME.json} gives, byte
 * for byte. They double as documentation.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("samples");

  @TestFactory
  Stream<DynamicTest> expectedScripts() throws IOException {
    List<Path> scripts;
    try (Stream<Path> walk = Files.walk(SAMPLES)) {
      scripts =
          walk.filter(p -> p.toString().endsWith(".sh") && p.getParent().endsWith("examples"))
              .sorted()
              .toList();
    }
    assertFalse(scripts.isEmpty(), "no expected scripts under samples/*/examples");
    return scripts.stream()
        .map(s -> DynamicTest.dynamicTest(SAMPLES.relativize(s).toString(), () -> check(s)));
  }

  private static void check(Path expectedScript) throws IOException {
    String expected = Files.readString(expectedScript, StandardCharsets.UTF_8);
    // "# plumb: PACK OP axis=value …" names what was compiled
    String[] header = expected.lines().skip(1).findFirst().orElseThrow().split(" ");
    String operation = header[3];
    Map<String, String> cell = new LinkedHashMap<>();
    Arrays.stream(header)
        .skip(4)
        .forEach(
            kv -> cell.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1)));
    String stem = expectedScript.getFileName().toString().split("\\.")[0];
    Path packDir = expectedScript.getParent().getParent();
    Pack pack = Pack.load(packDir);
    Values values = Values.fromJson(expectedScript.resolveSibling(stem + ".json"));
    assertEquals(expected, pack.compile(operation, Cell.of(cell), values).text());
  }
}
