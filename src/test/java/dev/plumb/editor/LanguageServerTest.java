package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.testing.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumb lsp} through the protocol, on a copy of the tutorial pack. */
class LanguageServerTest {
  @TempDir Path dir;
  private TestClient client;
  private Path template;
  private String uri;
  private String text;

  @BeforeEach
  void start() throws Exception {
    TestPack.writeFiles(dir, TestPack.read(Path.of("samples", "tutorial")));
    template = dir.resolve("bhyve/start.plumb");
    uri = template.toUri().toString();
    text = Files.readString(template);
    client = TestClient.start();
    client.server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    client.server.initialized(new InitializedParams());
  }

  @AfterEach
  void stop() throws Exception {
    client.server.shutdown().get(60, TimeUnit.SECONDS);
    client.server.exit();
    assertEquals(0, client.exit.get(60, TimeUnit.SECONDS));
  }

  @Test
  void aMisspeltVariableIsReportedAsTypedAndClearedWhenFixed() throws Exception {
    String misspelt = text.replace("bhyveload -m {{ vm.memory }}", "bhyveload -m {{ vm.memroy }}");
    open(misspelt);
    List<Diagnostic> found = client.await(uri, d -> !d.isEmpty());
    assertEquals(1, found.size(), found.toString());
    Diagnostic d = found.get(0);
    assertEquals("P201", d.getCode().getLeft());
    assertEquals("plumb", d.getSource());
    assertTrue(d.getMessage().startsWith("unknown variable 'vm.memroy'"), d.getMessage());
    assertTrue(d.getMessage().contains("did you mean 'vm.memory'"), d.getMessage());
    int line = 3;
    int column = misspelt.lines().toList().get(line).indexOf("vm.memroy");
    assertEquals(new Position(line, column), d.getRange().getStart());
    assertEquals(new Position(line, column + "vm.memroy".length()), d.getRange().getEnd());
    assertTrue(d.getCodeDescription().getHref().startsWith("https://"));

    change(text);
    client.await(uri, List::isEmpty);
  }

  @Test
  void hoverTellsAVariablesTypeDocAndDefault() throws Exception {
    open(text);
    Hover hover = hover(at("{{ vm.cpus }}", 3));
    String shown = hover.getContents().getRight().getValue();
    assertTrue(shown.contains("var vm.cpus : int 1..64 = 1"), shown);
    assertTrue(shown.contains("virtual CPUs"), shown);
    assertTrue(shown.contains("hole: `int`"), shown);
  }

  @Test
  void hoverTellsAnAxisValuesAxis() throws Exception {
    open(text);
    String shown = hover(at("freebsd", 0)).getContents().getRight().getValue();
    assertTrue(shown.contains("a value of axis `host` (freebsd | linux)"), shown);
  }

  @Test
  void definitionOfAVariableIsItsManifestLine() throws Exception {
    open(text);
    Path manifest = dir.resolve("pack.plumb");
    List<? extends Location> locations =
        client
            .server
            .getTextDocumentService()
            .definition(
                new DefinitionParams(new TextDocumentIdentifier(uri), at("{{ vm.cpus }}", 3)))
            .get(60, TimeUnit.SECONDS)
            .getLeft();
    assertEquals(1, locations.size());
    Location location = locations.get(0);
    assertEquals(manifest.toUri().toString(), location.getUri());
    int declared =
        Files.readAllLines(manifest)
            .indexOf(
                Files.readAllLines(manifest).stream()
                    .filter(l -> l.startsWith("var vm.cpus"))
                    .findFirst()
                    .get());
    assertEquals(declared, location.getRange().getStart().getLine());
  }

  @Test
  void completionOffersTheNextSegmentOfVariablesAfterADot() throws Exception {
    String typing = text.replace("bhyveload -m {{ vm.memory }}", "bhyveload -m {{ vm. }}");
    open(typing);
    List<String> labels = complete(typing, "{{ vm.", 6);
    assertTrue(labels.containsAll(List.of("name", "memory", "cpus", "disks")), labels.toString());
  }

  @Test
  void completionOffersDirectivesAfterAPercentAndAxisValuesInAWhen() throws Exception {
    String typing = text.replace("%each d, i in vm.disks", "%ea");
    open(typing);
    assertTrue(complete(typing, "%ea", 1).containsAll(List.of("each", "if", "include")));
    String header = typing.replace("hypervisor = bhyve", "hypervisor = ");
    change(header);
    assertEquals(List.of("bhyve", "qemu"), complete(header, "hypervisor = ", 13));
  }

  @Test
  void documentSymbolsOutlineATemplatesHeaderBlocksAndLets() throws Exception {
    String outlined = withBlockAndInclude();
    open(outlined);
    List<DocumentSymbol> symbols = symbols(uri);
    assertEquals(1, symbols.size(), symbols.toString());
    DocumentSymbol header = symbols.get(0);
    assertEquals("template start", header.getName());
    assertEquals(0, header.getSelectionRange().getStart().getLine());
    List<String> children = header.getChildren().stream().map(DocumentSymbol::getName).toList();
    assertEquals(List.of("boot", "firstdisk"), children);
    DocumentSymbol boot = header.getChildren().get(0);
    assertEquals(
        List.of("cpus"), boot.getChildren().stream().map(DocumentSymbol::getName).toList());
  }

  @Test
  void documentSymbolsOutlineTheManifestWithVariablesUnderTheirPrefix() throws Exception {
    List<DocumentSymbol> symbols = symbols(dir.resolve("pack.plumb").toUri().toString());
    List<String> names = symbols.stream().map(DocumentSymbol::getName).toList();
    assertEquals(List.of("tutorial", "host", "hypervisor", "start", "stop", "vm"), names);
    DocumentSymbol vm = symbols.get(5);
    assertEquals(SymbolKind.Namespace, vm.getKind());
    assertTrue(
        vm.getChildren().stream().map(DocumentSymbol::getName).toList().contains("vm.cpus"),
        vm.toString());
  }

  @Test
  void referencesOfAVariableAreItsUsesInEveryTemplateAndItsDeclarationWhenAsked() throws Exception {
    open(text);
    String manifest = dir.resolve("pack.plumb").toUri().toString();
    List<? extends Location> uses = references(uri, at("{{ vm.cpus }}", 3), false);
    assertEquals(2, uses.size(), uses.toString());
    assertTrue(
        uses.stream().anyMatch(l -> l.getUri().endsWith("qemu/start.plumb")), uses.toString());
    assertTrue(uses.stream().noneMatch(l -> l.getUri().equals(manifest)), uses.toString());
    List<? extends Location> all = references(uri, at("{{ vm.cpus }}", 3), true);
    assertEquals(3, all.size(), all.toString());
    assertEquals(manifest, all.get(0).getUri());

    List<String> lines = Files.readAllLines(dir.resolve("pack.plumb"));
    int declared =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("var vm.cpus ")).findFirst().orElseThrow());
    assertEquals(all, references(manifest, new Position(declared, 6), true));
  }

  @Test
  void referencesOfAFragmentAreItsIncludes() throws Exception {
    String including = withBlockAndInclude();
    open(including);
    String fragment = dir.resolve("bhyve/disk.plumb").toUri().toString();
    List<? extends Location> includes = references(fragment, new Position(0, 11), false);
    assertEquals(1, includes.size(), includes.toString());
    assertEquals(uri, includes.get(0).getUri());
    int line = including.lines().toList().indexOf("%include disk(firstdisk)");
    assertEquals(line, includes.get(0).getRange().getStart().getLine());
    Position include = new Position(line, 10);
    List<? extends Location> withHeader = references(uri, include, true);
    assertEquals(List.of(fragment, uri), withHeader.stream().map(Location::getUri).toList());
  }

  private List<? extends Location> references(String of, Position position, boolean declaration)
      throws Exception {
    ReferenceParams params =
        new ReferenceParams(
            new TextDocumentIdentifier(of), position, new ReferenceContext(declaration));
    return client.server.getTextDocumentService().references(params).get(60, TimeUnit.SECONDS);
  }

  @Test
  void semanticTokensMarkDirectivesHolesAndExpressionsButNotTheShell() throws Exception {
    String escaped = "%%if when in \"x\" {{ vm.name }}";
    open(text + escaped + "\n");
    List<String> lines = text.lines().toList();
    Map<Position, String> tokens = semanticTokens(uri, text + escaped);
    assertEquals("keyword %template", tokens.get(new Position(0, 0)));
    assertEquals("keyword when", tokens.get(at("when", 0)));
    assertEquals("comment " + lines.get(1), tokens.get(new Position(1, 0)));
    assertEquals("keyword %require", tokens.get(new Position(2, 0)));
    assertEquals("function len", tokens.get(at("len(", 0)));
    assertEquals("variable vm", tokens.get(at("vm.disks)", 0)));
    assertEquals("variable disks", tokens.get(at("vm.disks)", 3)));
    assertEquals("operator >", tokens.get(at("> 0", 0)));
    assertEquals("number 0", tokens.get(at("> 0", 2)));
    assertEquals("keyword else", tokens.get(at("else \"", 0)));
    assertEquals("string \"a bhyve VM needs at least one disk\"", tokens.get(at("\"a bhyve", 0)));
    assertEquals("keyword {{", tokens.get(at("{{ vm.memory }}", 0)));
    assertEquals("variable memory", tokens.get(at("{{ vm.memory }}", 6)));
    assertEquals("keyword }}", tokens.get(at("{{ vm.memory }}", 13)));
    assertEquals("keyword in", tokens.get(at(" in vm.disks", 1)));
    // the shell's words get none
    assertEquals(null, tokens.get(new Position(3, 0)));
    assertTrue(
        tokens.keySet().stream().noneMatch(p -> p.getLine() == 6 && p.getCharacter() < 20),
        tokens.toString());
    // an escaped text line is shell too: only its hole has tokens
    List<String> escapedTokens =
        tokens.entrySet().stream()
            .filter(t -> t.getKey().getLine() == lines.size())
            .map(Map.Entry::getValue)
            .sorted()
            .toList();
    assertEquals(
        List.of("keyword {{", "keyword }}", "variable name", "variable vm"), escapedTokens);
  }

  /** The file's semantic tokens by their start, each as its type and text. */
  private Map<Position, String> semanticTokens(String of, String content) throws Exception {
    List<String> types =
        client
            .server
            .initialize(new InitializeParams())
            .get(60, TimeUnit.SECONDS)
            .getCapabilities()
            .getSemanticTokensProvider()
            .getLegend()
            .getTokenTypes();
    List<Integer> data =
        client
            .server
            .getTextDocumentService()
            .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(of)))
            .get(60, TimeUnit.SECONDS)
            .getData();
    List<String> lines = content.lines().toList();
    Map<Position, String> tokens = new HashMap<>();
    int line = 0;
    int start = 0;
    for (int i = 0; i < data.size(); i += 5) {
      start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
      line += data.get(i);
      String word = lines.get(line).substring(start, start + data.get(i + 2));
      tokens.put(new Position(line, start), types.get(data.get(i + 3)) + " " + word);
    }
    return tokens;
  }

  /**
   * The template with a block (holding another and a {@code %let}), a {@code %let} and an {@code
   * %include} of a fragment {@code disk} written beside it.
   */
  private String withBlockAndInclude() throws Exception {
    Files.writeString(
        dir.resolve("bhyve/disk.plumb"),
        "%fragment disk(d: path)\n  -s 3:0,virtio-blk,{{ d }} \\\n");
    return text.replace(
        "bhyveload -m {{ vm.memory }}",
        "%block boot\n%block cpus\n%end\n%end\n%let firstdisk = vm.disks[0]\n"
            + "%include disk(firstdisk)\nbhyveload -m {{ vm.memory }}");
  }

  private List<DocumentSymbol> symbols(String of) throws Exception {
    return client
        .server
        .getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(of)))
        .get(60, TimeUnit.SECONDS)
        .stream()
        .map(Either::getRight)
        .toList();
  }

  /** The labels completion offers {@code skip} characters into the first {@code what}. */
  private List<String> complete(String content, String what, int skip) throws Exception {
    List<String> lines = content.lines().toList();
    Position position = null;
    for (int i = 0; i < lines.size() && position == null; i++) {
      int column = lines.get(i).indexOf(what);
      if (column >= 0) {
        position = new Position(i, column + skip);
      }
    }
    return client
        .server
        .getTextDocumentService()
        .completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
        .get(60, TimeUnit.SECONDS)
        .getLeft()
        .stream()
        .map(CompletionItem::getLabel)
        .toList();
  }

  private void open(String content) {
    client
        .server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plumb", 1, content)));
  }

  private void change(String content) {
    client
        .server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(content))));
  }

  private Hover hover(Position position) throws Exception {
    return client
        .server
        .getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), position))
        .get(60, TimeUnit.SECONDS);
  }

  /** The position {@code skip} characters into the first occurrence of {@code what}. */
  private Position at(String what, int skip) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(what);
      if (column >= 0) {
        return new Position(i, column + skip);
      }
    }
    throw new AssertionError(what + " is not in the template");
  }
}
