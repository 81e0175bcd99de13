package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * An editor on a pack folder for protocol tests: it opens files as typed and asks the server what a
 * user's requests ask, each place given as a line of text and a word on it.
 */
final class Editor {
  private final Path pack;
  private final TestClient client;
  private final List<String> tokenTypes;

  Editor(Path pack) throws Exception {
    this.pack = pack;
    this.client = TestClient.start();
    InitializeResult initialized =
        client.server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    SemanticTokensLegend legend =
        initialized.getCapabilities().getSemanticTokensProvider().getLegend();
    this.tokenTypes = legend.getTokenTypes();
    client.server.initialized(new InitializedParams());
  }

  /** A place in a file of the pack: {@code skip} characters into the first {@code word}. */
  record Place(String file, Position position) {}

  Place at(String file, String word, int skip) throws Exception {
    List<String> lines = Files.readString(pack.resolve(file)).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(word);
      if (column >= 0) {
        return new Place(file, new Position(i, column + skip));
      }
    }
    throw new AssertionError(word + " is not in " + file);
  }

  /** Opens the file with {@code text} as typed (written to disk too, so lines can be found). */
  void open(String file, String text) throws Exception {
    Files.createDirectories(pack.resolve(file).getParent());
    Files.writeString(pack.resolve(file), text);
    docs()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "plumb", 1, text)));
  }

  String hover(Place place) throws Exception {
    Hover hover =
        docs().hover(new HoverParams(id(place.file()), place.position())).get(60, TimeUnit.SECONDS);
    return hover == null ? null : hover.getContents().getRight().getValue();
  }

  /** The definitions as {@code file:line} (1-based). */
  List<String> definition(Place place) throws Exception {
    return shown(
        docs()
            .definition(new DefinitionParams(id(place.file()), place.position()))
            .get(60, TimeUnit.SECONDS)
            .getLeft());
  }

  /** The references as {@code file:line} (1-based). */
  List<String> references(Place place, boolean declaration) throws Exception {
    return shown(
        docs()
            .references(
                new ReferenceParams(
                    id(place.file()), place.position(), new ReferenceContext(declaration)))
            .get(60, TimeUnit.SECONDS));
  }

  List<CompletionItem> complete(Place place) throws Exception {
    return docs()
        .completion(new CompletionParams(id(place.file()), place.position()))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
  }

  /** The semantic tokens of a line of the file, each as its type and its text. */
  List<String> tokens(String file, int line) throws Exception {
    List<Integer> data =
        docs()
            .semanticTokensFull(new SemanticTokensParams(id(file)))
            .get(60, TimeUnit.SECONDS)
            .getData();
    String text = Files.readString(pack.resolve(file)).lines().toList().get(line);
    List<String> found = new ArrayList<>();
    int at = 0;
    int character = 0;
    for (int i = 0; i < data.size(); i += 5) {
      at += data.get(i);
      character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
      if (at == line) {
        String word = text.substring(character, character + data.get(i + 2));
        found.add(tokenTypes.get(data.get(i + 3)) + " " + word);
      }
    }
    return found;
  }

  private List<String> shown(List<? extends Location> locations) {
    return locations.stream()
        .map(
            l ->
                pack.relativize(Path.of(URI.create(l.getUri())))
                    + ":"
                    + (l.getRange().getStart().getLine() + 1))
        .toList();
  }

  private TextDocumentIdentifier id(String file) {
    return new TextDocumentIdentifier(uri(file));
  }

  private String uri(String file) {
    return pack.resolve(file).toUri().toString();
  }

  private TextDocumentService docs() {
    return client.server.getTextDocumentService();
  }

  /** Shuts the server down as an editor does, and checks that it exits cleanly. */
  void close() throws Exception {
    client.server.shutdown().get(60, TimeUnit.SECONDS);
    client.server.exit();
    assertEquals(0, client.exit.get(60, TimeUnit.SECONDS));
  }
}
