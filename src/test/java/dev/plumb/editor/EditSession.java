package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * A protocol session for the tests of the server's edits: a client connected to a server on the
 * pack in {@code pack}, the documents it opens and changes by their path in the pack, and the edits
 * the server answers with applied as an editor applies them.
 */
final class EditSession implements AutoCloseable {
  final TestClient client;
  private final Path pack;
  private int version = 1;

  private EditSession(TestClient client, Path pack) {
    this.client = client;
    this.pack = pack;
  }

  static EditSession on(Path pack) throws Exception {
    TestClient client = TestClient.start();
    client.server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    client.server.initialized(new InitializedParams());
    return new EditSession(client, pack);
  }

  TextDocumentService documents() {
    return client.server.getTextDocumentService();
  }

  String uri(String file) {
    return pack.resolve(file).toUri().toString();
  }

  void open(String file, String text) {
    documents()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(file), "plumb", version++, text)));
  }

  void change(String file, String text) {
    documents()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), version++),
                List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** Waits until the diagnostics of {@code file} satisfy {@code condition}. */
  List<Diagnostic> await(String file, Predicate<List<Diagnostic>> condition) throws Exception {
    return client.await(uri(file), condition);
  }

  @Override
  public void close() throws Exception {
    client.server.shutdown().get(60, TimeUnit.SECONDS);
    client.server.exit();
    assertEquals(0, client.exit.get(60, TimeUnit.SECONDS));
  }

  /**
   * {@code text} with {@code edits} applied, as the protocol defines them: all on the same text.
   */
  static String apply(String text, List<? extends TextEdit> edits) {
    List<TextEdit> last = new ArrayList<>(edits);
    last.sort(
        Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit edit : last) {
      out.replace(
          offset(text, edit.getRange().getStart()),
          offset(text, edit.getRange().getEnd()),
          edit.getNewText());
    }
    return out.toString();
  }

  /** The UTF-16 offset of a position, past the end of its line clamped to it. */
  private static int offset(String text, Position position) {
    int start = 0;
    for (int line = 0; line < position.getLine(); line++) {
      int next = text.indexOf('\n', start);
      if (next < 0) {
        return text.length();
      }
      start = next + 1;
    }
    int end = text.indexOf('\n', start);
    return Math.min(start + position.getCharacter(), end < 0 ? text.length() : end);
  }
}
