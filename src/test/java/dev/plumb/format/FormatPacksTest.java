package dev.plumb.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumb.Format;
import dev.plumb.Formatted;
import dev.plumb.Formatting;
import dev.plumb.Pack;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plumb fmt} on the built-in pack and the sample packs: written in random layouts ({@link
 * Relayout}) and formatted again, every cell compiles with every example of the pack to the same
 * script as the pack in the repository, and the formatted files are the repository's, byte for
 * byte: the packs are kept in canonical layout (as {@code bin/test} checks with {@code fmt
 * --check}).
 */
class FormatPacksTest {
  private static final long[] SEEDS = {1, 2, 3};

  @ParameterizedTest
  @ValueSource(strings = {"templates", "samples/tutorial", "samples/services"})
  void formattingAnyLayoutGivesThePackBackAndChangesNoScript(String folder, @TempDir Path dir)
      throws IOException {
    Path pack = Path.of(folder);
    Map<String, byte[]> original = TestPack.read(pack);
    Map<String, Values> examples = examples(pack);
    assertFalse(examples.isEmpty(), folder + " has examples to compile");
    String expected = scripts(pack, examples);
    for (long seed : SEEDS) {
      Path relaid = dir.resolve("seed" + seed);
      TestPack.writeFiles(relaid, relayout(original, seed));
      assertEquals(expected, scripts(relaid, examples), "the layout alone, seed " + seed);
      Formatting formatting = Format.pack(relaid, folder);
      assertEquals(0, formatting.errors().size(), formatting.errors().toString());
      for (Formatted file : formatting.files()) {
        Files.writeString(file.path(), file.after(), StandardCharsets.UTF_8);
      }
      assertEquals(expected, scripts(relaid, examples), "formatted, seed " + seed);
      assertEquals(texts(original), texts(TestPack.read(relaid)), "formatted, seed " + seed);
    }
  }

  /** Every {@code *.plumb} in a random layout, the other files as they are. */
  private static Map<String, byte[]> relayout(Map<String, byte[]> files, long seed) {
    Map<String, byte[]> relaid = new LinkedHashMap<>();
    files.forEach(
        (name, bytes) -> {
          String text = new String(bytes, StandardCharsets.UTF_8);
          relaid.put(
              name,
              name.endsWith(".plumb")
                  ? Relayout.of(text, name.equals("pack.plumb"), seed + name.hashCode())
                      .getBytes(StandardCharsets.UTF_8)
                  : bytes);
        });
    return relaid;
  }

  /** The pack files, as text, by name. */
  private static Map<String, String> texts(Map<String, byte[]> files) {
    return files.entrySet().stream()
        .filter(f -> f.getKey().endsWith(".plumb"))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, f -> new String(f.getValue(), StandardCharsets.UTF_8)));
  }

  private static Map<String, Values> examples(Path pack) throws IOException {
    Map<String, Values> examples = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(pack.resolve("examples"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
          examples.put(name, Values.fromFile(f, name));
        }
      }
    }
    return examples;
  }

  /** Every (values, operation, cell) of the pack: its script, or its status and reason. */
  private static String scripts(Path folder, Map<String, Values> examples) {
    return BuildOutcomes.of(Pack.load(folder, "pack").build(examples));
  }
}
