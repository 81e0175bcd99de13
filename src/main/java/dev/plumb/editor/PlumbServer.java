package dev.plumb.editor;

import dev.plumb.source.Span;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: what it offers, and each request handed to the packs' worker ({@link
 * Packs}). Documents are synchronised whole: a template is small, and a whole text cannot drift.
 */
public final class PlumbServer implements LanguageServer, LanguageClientAware {
  private final Packs packs = new Packs();
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private final TextDocuments textDocuments = new TextDocuments();
  private final Workspace workspace = new Workspace();
  private volatile boolean shutDown;

  @Override
  public void connect(LanguageClient client) {
    packs.connect(client);
  }

  /** Completes with the exit code when the client asks the server to exit. */
  public CompletableFuture<Integer> exited() {
    return exited;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
    capabilities.setHoverProvider(true);
    capabilities.setDefinitionProvider(true);
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setReferencesProvider(true);
    capabilities.setSemanticTokensProvider(
        new SemanticTokensWithRegistrationOptions(Tokens.legend(), true));
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".", "%", " ")));
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    capabilities.setDocumentFormattingProvider(true);
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("plumb")));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutDown = true;
    packs.stop();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    packs.stop();
    exited.complete(shutDown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  private final class TextDocuments implements TextDocumentService {
    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
      String uri = params.getTextDocument().getUri();
      var file = Documents.file(uri);
      if (file != null) {
        packs.documents().put(file, uri, params.getTextDocument().getText());
        packs.changed(file);
      }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
      String uri = params.getTextDocument().getUri();
      var file = Documents.file(uri);
      var changes = params.getContentChanges();
      if (file != null && !changes.isEmpty()) {
        packs.documents().put(file, uri, changes.get(changes.size() - 1).getText());
        packs.changed(file);
      }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      if (file != null) {
        // the file on disk counts again
        packs.documents().close(file);
        packs.changed(file);
      }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      if (file != null) {
        packs.changed(file);
      }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      return packs.ask(
          file,
          snapshot -> {
            Lookup found = Questions.lookup(snapshot, file, params.getPosition());
            return found == null ? null : Hovers.of(found, snapshot);
          });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
        DocumentSymbolParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      return packs.ask(
          file,
          snapshot ->
              DocumentSymbols.of(snapshot, file).stream()
                  .map(Either::<SymbolInformation, DocumentSymbol>forRight)
                  .toList());
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
        CompletionParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      return packs.ask(
          file,
          snapshot -> {
            Documents.Open open = packs.documents().get(file);
            List<String> lines = open == null ? List.of() : open.text().lines().toList();
            int line = params.getPosition().getLine();
            String text = line < lines.size() ? lines.get(line) : "";
            String before =
                text.substring(0, Math.min(params.getPosition().getCharacter(), text.length()));
            return Either.forLeft(Completions.at(before, snapshot));
          });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
        definition(DefinitionParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      return packs.ask(
          file,
          snapshot -> {
            Lookup found = Questions.lookup(snapshot, file, params.getPosition());
            var span =
                found == null || found.target() == null
                    ? null
                    : Definitions.of(found.target(), snapshot);
            return Either.forLeft(locations(snapshot, span == null ? List.of() : List.of(span)));
          });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(
        SemanticTokensParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      return packs.ask(
          file, snapshot -> new org.eclipse.lsp4j.SemanticTokens(tokens(snapshot, file)));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      boolean declaration =
          params.getContext() != null && params.getContext().isIncludeDeclaration();
      return packs.ask(
          file,
          snapshot ->
              locations(
                  snapshot, References.at(snapshot, file, params.getPosition(), declaration)));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(
        CodeActionParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
      if (only != null && only.stream().noneMatch(CodeActionKind.QuickFix::startsWith)) {
        return CompletableFuture.completedFuture(List.of());
      }
      return packs.ask(
          file,
          snapshot ->
              CodeActions.in(
                      file,
                      params.getRange(),
                      packs.findings(snapshot),
                      snapshot,
                      packs.documents())
                  .stream()
                  .map(Either::<Command, CodeAction>forRight)
                  .toList());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
      var file = Documents.file(params.getTextDocument().getUri());
      return packs
          .askAboutText(file, snapshot -> FormatEdits.of(snapshot, file, packs.documents()))
          // no edits when it cannot be formatted, for whatever reason: never an error
          .thenApply(edits -> edits == null ? List.of() : edits);
    }
  }

  /** The encoded semantic tokens of a template, fragment or the manifest; none of another file. */
  private static List<Integer> tokens(Snapshot snapshot, java.nio.file.Path file) {
    var unit = snapshot.unit(file);
    if (unit != null) {
      return Tokens.encoded(unit);
    }
    var manifest = snapshot.manifest();
    boolean isManifest = file.equals(snapshot.root().resolve(PackRoot.MANIFEST).normalize());
    return manifest == null || !isManifest
        ? List.of()
        : Tokens.encoded(manifest.file(), ManifestTokens.of(manifest));
  }

  /** The places as the protocol's locations, each in its file's URI. */
  private List<Location> locations(Snapshot snapshot, List<Span> spans) {
    return spans.stream()
        .map(
            span ->
                new Location(
                    packs.documents().uri(snapshot.file(span.path())), Positions.range(span)))
        .toList();
  }

  private final class Workspace implements WorkspaceService {
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {}

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
      params
          .getChanges()
          .forEach(
              change -> {
                var file = Documents.file(change.getUri());
                if (file != null) {
                  packs.changed(file);
                }
              });
    }
  }
}
