package dev.plumb.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * How fast {@code plumb lsp} answers an editor (issue 16: every request within 100 ms on the
 * built-in pack). It starts {@code bin/plumb lsp} as an editor does, a process on stdio, opens
 * every file of a copy of the built-in pack, and asks each kind of request at every place worth
 * asking about (each hole, each directive, each manifest line), first once to warm up, then
 * {@code rounds} times, timing each answer from the request sent to the response read. A change
 * is timed from {@code didChange} to the diagnostics published for it, which includes the
 * server's pause for typing. Writes {@code bench/results/DATE-lsp.json} and {@code .md}.
 *
 * <p>Run with {@code bench/lsp} (or {@code bench/lsp --quick}).
 */
public final class LspLatency implements LanguageClient {
  /** The places of a file worth asking about: inside each hole, and at each directive. */
  private static final Pattern PLACES = Pattern.compile("\\{\\{-?\\s*(\\w)|^\\s*%(\\w)|^(\\w)", Pattern.MULTILINE);

  /** The server's pause after typing, {@code Packs.PAUSE_MILLIS}. */
  private static final int PAUSE = 150;

  private final LinkedBlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  private final Map<String, List<Double>> millis = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    new LspLatency().run(Path.of("").toAbsolutePath(), quick ? 3 : 20);
    // the protocol library's reader thread would keep this JVM waiting on the closed stream
    System.exit(0);
  }

  void run(Path root, int rounds) throws Exception {
    Path pack = root.resolve(Main.WORK).resolve("lsp-pack");
    Main.deleteTree(pack);
    copy(root.resolve("templates"), pack);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(pack)) {
      files = walk.filter(p -> p.toString().endsWith(".plumb")).sorted().toList();
    }
    log("copied the pack");
    Process process = new ProcessBuilder(root.resolve("bin/plumb").toString(), "lsp")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(this, process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();

    log("started bin/plumb lsp");
    long t0 = System.nanoTime();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setWorkspaceFolders(List.of());
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    double initialize = ms(t0);
    Map<Path, String> texts = new LinkedHashMap<>();
    for (Path f : files) {
      texts.put(f, Files.readString(f));
      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
          new TextDocumentItem(uri(f), "plumb", 1, texts.get(f))));
    }
    // the first question loads and checks the pack: timed on its own, as an editor's first wait
    long first = System.nanoTime();
    server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(files.get(0)))).get();
    double firstAnswer = ms(first);

    log("initialized and opened " + files.size() + " files");
    for (int round = 0; round <= rounds; round++) {
      boolean warmUp = round == 0;
      for (Path f : files) {
        askAll(server, f, texts.get(f), warmUp);
      }
    }
    Path template = files.stream().filter(f -> f.toString().endsWith("qemu/start.plumb")).findFirst().orElse(files.get(1));
    log("asked every request " + rounds + " times");
    for (int round = 0; round <= rounds; round++) {
      change(server, template, texts.get(template), round);
    }
    log("changed the text " + rounds + " times");
    server.shutdown().get(10, TimeUnit.SECONDS);
    server.exit();
    boolean ended = process.waitFor(10, TimeUnit.SECONDS);
    log(ended ? "plumb lsp exited with " + process.exitValue() : "plumb lsp did not exit after the exit notification");
    report(root, rounds, files.size(), initialize, firstAnswer);
  }

  /** Every kind of request about one file, at every place of it worth asking about. */
  private void askAll(LanguageServer server, Path file, String text, boolean warmUp) throws Exception {
    var docs = server.getTextDocumentService();
    TextDocumentIdentifier id = id(file);
    time("documentSymbol", warmUp, () -> docs.documentSymbol(new DocumentSymbolParams(id)));
    time("semanticTokens/full", warmUp, () -> docs.semanticTokensFull(new SemanticTokensParams(id)));
    time("formatting", warmUp, () -> docs.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))));
    Range whole = new Range(new Position(0, 0), new Position(text.split("\n", -1).length, 0));
    time("codeAction", warmUp, () -> docs.codeAction(new CodeActionParams(id, whole, new CodeActionContext(List.of()))));
    for (Position at : places(text)) {
      time("hover", warmUp, () -> docs.hover(new HoverParams(id, at)));
      time("definition", warmUp, () -> docs.definition(new DefinitionParams(id, at)));
      time("references", warmUp, () -> docs.references(new ReferenceParams(id, at, new ReferenceContext(true))));
      time("completion", warmUp, () -> docs.completion(new CompletionParams(id, at)));
    }
  }

  /**
   * Misspells a variable of the template (odd rounds) or puts it back (even rounds), and waits for
   * the diagnostics that change brings: a finding appears, or the file's findings are cleared.
   */
  private void change(LanguageServer server, Path file, String text, int round) throws Exception {
    Matcher hole = Pattern.compile("\\{\\{\\s*(vm)\\.").matcher(text);
    if (!hole.find()) throw new IllegalStateException("no {{ vm. in " + file);
    boolean broken = round % 2 == 0;
    String now = broken ? text.substring(0, hole.start(1)) + "vmm" + text.substring(hole.end(1)) : text;
    published.clear();
    long t0 = System.nanoTime();
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri(file), round + 2), List.of(new TextDocumentContentChangeEvent(now))));
    while (true) {
      PublishDiagnosticsParams p = published.poll(60, TimeUnit.SECONDS);
      if (p == null) throw new IllegalStateException("no diagnostics after a change of " + file);
      if (p.getUri().equals(uri(file)) && p.getDiagnostics().isEmpty() != broken) break;
    }
    // the server waits PAUSE ms after the last change before it lints (typing does not lint every
    // keystroke): what is left is the lint and the protocol's way there and back
    if (round > 0) millis.computeIfAbsent("change → diagnostics, less the " + PAUSE + " ms pause", k -> new ArrayList<>()).add(ms(t0) - PAUSE);
  }

  interface Request {
    CompletableFuture<?> send();
  }

  private void time(String kind, boolean warmUp, Request request) throws Exception {
    long t0 = System.nanoTime();
    request.send().get(60, TimeUnit.SECONDS);
    if (!warmUp) millis.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms(t0));
  }

  static List<Position> places(String text) {
    List<Position> places = new ArrayList<>();
    Matcher m = PLACES.matcher(text);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
      int offset = m.start(group) + 1;
      String before = text.substring(0, offset);
      int line = (int) before.chars().filter(c -> c == '\n').count();
      places.add(new Position(line, offset - before.lastIndexOf('\n') - 1));
    }
    return places;
  }

  private void report(Path root, int rounds, int fileCount, double initialize, double firstAnswer) throws IOException {
    ObjectNode out = Main.JSON.createObjectNode();
    String date = LocalDate.now().toString();
    out.put("date", date).put("rounds", rounds).put("files", fileCount);
    out.put("plumbCommit", Proc.sh(root, "git rev-parse --short HEAD").out().trim());
    out.put("nproc", Runtime.getRuntime().availableProcessors());
    out.put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
    out.put("finished", ZonedDateTime.now().toString());
    out.put("initializeMs", round(initialize)).put("firstAnswerMs", round(firstAnswer));
    ArrayNode rows = out.putArray("requests");
    StringBuilder md = new StringBuilder();
    md.append("# plumb lsp: response times on the built-in pack\n\n")
        .append("Generated by `bench/lsp` on ").append(date).append(" (commit ").append(out.get("plumbCommit").asText())
        .append(", ").append(out.get("nproc").asText()).append(" cores, load at the end ").append(out.get("loadAverageAtEnd").asText())
        .append("). `bin/plumb lsp` runs as a process on stdio, as an editor starts it; every file of a copy of\n")
        .append("the built-in pack (").append(fileCount).append(" files) is open; each request is asked at every hole, directive and\n")
        .append("manifest line, once to warm up and then ").append(rounds).append(" times; a time runs from the request sent to its\n")
        .append("answer read. Target: every request within 100 ms.\n\n")
        .append("Start: `initialize` answered in ").append(round(initialize)).append(" ms; the first question (which loads and checks the pack) in ")
        .append(round(firstAnswer)).append(" ms.\n\n")
        .append("| request | count | median ms | p90 ms | p99 ms | max ms | within 100 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
    millis.forEach((kind, times) -> {
      double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      long within = Arrays.stream(t).filter(x -> x <= 100).count();
      ObjectNode row = rows.addObject().put("request", kind).put("count", t.length)
          .put("medianMs", round(pct(t, 50))).put("p90Ms", round(pct(t, 90))).put("p99Ms", round(pct(t, 99)))
          .put("maxMs", round(t[t.length - 1])).put("within100Ms", within);
      md.append("| ").append(kind).append(" | ").append(t.length).append(" | ").append(row.get("medianMs")).append(" | ")
          .append(row.get("p90Ms")).append(" | ").append(row.get("p99Ms")).append(" | ").append(row.get("maxMs"))
          .append(" | ").append(within == t.length ? "all" : within + " of " + t.length).append(" |\n");
    });
    Path json = root.resolve("bench/results/" + date + "-lsp.json");
    Files.createDirectories(json.getParent());
    Main.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), out);
    Files.writeString(root.resolve("bench/results/" + date + "-lsp.md"), md);
    System.out.print(md);
  }

  static void log(String what) {
    System.err.println("bench lsp: " + ZonedDateTime.now().toLocalTime() + " " + what);
  }

  static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }

  static double ms(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  static TextDocumentIdentifier id(Path file) {
    return new TextDocumentIdentifier(uri(file));
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    published.add(diagnostics);
  }

  @Override
  public void logMessage(MessageParams message) {
    System.err.println("lsp log: " + message.getMessage());
  }

  @Override
  public void showMessage(MessageParams message) {
    System.err.println("lsp: " + message.getMessage());
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}
}
