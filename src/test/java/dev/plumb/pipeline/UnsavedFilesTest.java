package dev.plumb.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Code;
import dev.plumb.source.SourceFile;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unsaved text an editor holds, read over the pack's files on disk. */
class UnsavedFilesTest {
  @TempDir Path dir;

  @Test
  void unsavedTextOverridesTheDiskAndANewBufferIsRead() {
    TestPack.writeFiles(dir, TestPack.read(Path.of("samples", "tutorial")));
    Path start = dir.resolve("bhyve/start.plumb").toAbsolutePath();
    Path fresh = dir.resolve("qemu/extra.plumb").toAbsolutePath();
    PackFiles files = PackFiles.read(dir, "pack", Map.of(start, "edited\n", fresh, "new\n"));
    assertTrue(files.errors().isEmpty(), files.errors().toString());
    Map<String, String> texts = new java.util.HashMap<>();
    files.units().forEach(f -> texts.put(f.path(), f.text()));
    assertEquals("edited\n", texts.get("pack/bhyve/start.plumb"));
    assertEquals("new\n", texts.get("pack/qemu/extra.plumb"));
    assertEquals("qemu/extra.plumb", files.relative().get("pack/qemu/extra.plumb"));
  }

  @Test
  void unsavedTextKeepsTheBoundsOfAFile() {
    TestPack.writeFiles(dir, TestPack.read(Path.of("samples", "tutorial")));
    Path start = dir.resolve("bhyve/start.plumb").toAbsolutePath();
    PackFiles files =
        PackFiles.read(dir, "pack", Map.of(start, "x".repeat(SourceText.MAX_FILE_BYTES + 1)));
    assertEquals(1, files.errors().size());
    assertEquals(Code.P401, files.errors().get(0).code());
    assertTrue(
        files.units().stream()
            .map(SourceFile::path)
            .noneMatch(p -> p.endsWith("bhyve/start.plumb")));
  }
}
