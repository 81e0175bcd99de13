package dev.plumb.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.Build;
import dev.plumb.Pack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build folder is written whole, replaces only an earlier build, and its index says it all. */
class BuildFolderTest {
  private static Build tutorial() {
    Path pack = Path.of("samples/tutorial");
    return Pack.load(pack, "samples/tutorial")
        .build(ValueSets.byName(ValueSets.examples(pack, "samples/tutorial")));
  }

  @Test
  void everyBuiltScriptIsAtItsPathAndTheIndexListsEveryEntry(@TempDir Path tmp) throws IOException {
    Build build = tutorial();
    Path out = tmp.resolve("out");
    BuildFolder.write(build, Map.of(), true, out);
    JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
    assertEquals(build.entries().size(), index.get("entries").size());
    for (Build.Entry e : build.withStatus(Build.Status.BUILT)) {
      assertEquals(e.script().text(), Files.readString(out.resolve(e.path())));
      assertTrue(Files.isExecutable(out.resolve(e.path())));
      assertTrue(Files.exists(out.resolve(e.path() + ".map")));
    }
    assertEquals(
        build.withStatus(Build.Status.BUILT).size(), index.get("counts").get("built").asInt());
  }

  @Test
  void anEarlierBuildIsReplacedWhole(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("gone/start"));
    Files.writeString(out.resolve("index.json"), "{}");
    Files.writeString(out.resolve("gone/start/x.sh"), "old");
    assertNull(BuildFolder.refusal(out));
    BuildFolder.write(tutorial(), Map.of(), false, out);
    assertTrue(Files.notExists(out.resolve("gone")), "nothing of the old build is left");
    try (var listing = Files.list(tmp)) {
      assertEquals(1, listing.count(), "no temporary folder is left beside it");
    }
  }

  @Test
  void aFolderThatIsNotABuildIsNeverReplaced(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertNotNull(BuildFolder.refusal(tmp));
    assertNotNull(BuildFolder.refusal(tmp.resolve("notes.txt")));
    assertNull(BuildFolder.refusal(tmp.resolve("new")));
  }
}
