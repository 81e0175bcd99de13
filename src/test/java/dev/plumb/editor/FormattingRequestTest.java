package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Format;
import dev.plumb.testing.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code textDocument/formatting} through the protocol: every case of {@code plumb fmt}'s goldens
 * (src/test/fmt), opened unsaved in a pack, formats to the layout {@code plumb fmt} writes, and one
 * that does not read gets no edits while the server goes on answering.
 */
class FormattingRequestTest {
  static final Path CASES = Path.of("src", "test", "fmt");
  static final String FORMATTED = "formatted.plumb";

  @TempDir Path dir;
  private EditSession session;

  @BeforeEach
  void start() throws Exception {
    TestPack.writeFiles(dir, TestPack.read(Path.of("samples", "tutorial")));
    session = EditSession.on(dir);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  @Test
  void everyCaseOfFmtFormatsAsFmtWritesIt() throws Exception {
    List<Path> inputs = inputs();
    long formats = inputs.stream().filter(i -> Files.exists(i.resolveSibling(FORMATTED))).count();
    assertTrue(formats >= 2 && formats < inputs.size(), "cases that format and cases that do not");
    for (Path input : inputs) {
      // in a folder of its own below the pack: a manifest is then a pack of its own
      String file = input.getParent().getFileName() + "/" + input.getFileName();
      String text = Files.readString(input);
      // the folder exists, the file only in the editor: a new buffer
      Files.createDirectories(dir.resolve(file).getParent());
      session.open(file, text);
      List<? extends TextEdit> edits = format(file);
      Path formatted = input.resolveSibling(FORMATTED);
      if (!Files.exists(formatted)) {
        assertEquals(List.of(), edits, file + " does not read: no edits");
        continue;
      }
      String expected = Files.readString(formatted);
      assertEquals(expected, EditSession.apply(text, edits), file);
      boolean manifest = input.getFileName().toString().equals(PackRoot.MANIFEST);
      assertEquals(expected, Format.text(file, text, manifest), "plumb fmt's facade on " + file);
      session.change(file, expected);
      assertEquals(List.of(), format(file), file + " in canonical layout needs no edits");
    }
    assertEquals(List.of(), session.client.log, "nothing failed in the server");
  }

  @Test
  void aFileThatDoesNotReadGetsNoEditsAndTheServerGoesOn() throws Exception {
    String file = "qemu/start.plumb";
    String text = Files.readString(dir.resolve(file));
    String messy = text.replace("%if host == linux", "   %if   host==linux  ");
    assertNotEquals(text, messy);
    session.open(file, messy.replace("%end\n%each", "%each"));
    assertEquals(List.of(), format(file));
    session.change(file, messy);
    assertEquals(text, EditSession.apply(messy, format(file)));
    assertEquals(List.of(), session.client.log, "nothing failed in the server");
  }

  @Test
  void aTemplateFormatsWhileItsManifestDoesNotRead() throws Exception {
    session.open("pack.plumb", "pack tutorial \"broken\"\nvar vm.name :\n");
    String file = "bhyve/stop.plumb";
    String text = Files.readString(dir.resolve(file));
    String messy = text.replace("{{ vm.name }}", "{{vm.name}}");
    assertNotEquals(text, messy);
    session.open(file, messy);
    assertEquals(text, EditSession.apply(messy, format(file)));
  }

  @Test
  void aByteOrderMarkGoesAsFmtDropsIt() throws Exception {
    String file = "bhyve/stop.plumb";
    String text = Files.readString(dir.resolve(file));
    session.open(file, "\uFEFF" + text);
    assertEquals(text, EditSession.apply("\uFEFF" + text, format(file)));
  }

  private List<? extends TextEdit> format(String file) throws Exception {
    return session
        .documents()
        .formatting(
            new DocumentFormattingParams(
                new TextDocumentIdentifier(session.uri(file)), new FormattingOptions(2, true)))
        .get(60, TimeUnit.SECONDS);
  }

  /** Each case's input: the one {@code .plumb} file of its folder that is not its expectation. */
  private static List<Path> inputs() throws Exception {
    try (Stream<Path> files = Files.walk(CASES, 2)) {
      return files
          .filter(f -> f.getParent() != null && !f.getParent().equals(CASES))
          .filter(f -> f.toString().endsWith(".plumb") && !f.endsWith(FORMATTED))
          .sorted()
          .toList();
    }
  }
}
