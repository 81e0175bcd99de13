package dev.plumb.editor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The client side of the protocol for tests: the server runs in this process on piped streams, as
 * {@code plumb lsp} runs it on stdio, and every diagnostic and log message it sends is kept.
 */
final class TestClient implements LanguageClient {
  /** The latest diagnostics of each file, by URI, and the log the server wrote. */
  final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

  final List<String> log = new CopyOnWriteArrayList<>();
  private final Object published = new Object();
  LanguageServer server;
  CompletableFuture<Integer> exit;

  /** Starts a server and connects a client to it. */
  static TestClient start() throws IOException {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream toServer = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream toClient = new PipedOutputStream(clientIn);
    TestClient client = new TestClient();
    client.exit = CompletableFuture.supplyAsync(() -> Stdio.serve(serverIn, toClient));
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(client, clientIn, toServer);
    launcher.startListening();
    client.server = launcher.getRemoteProxy();
    return client;
  }

  /** Waits until the diagnostics of {@code uri} satisfy {@code condition}, and returns them. */
  List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    synchronized (published) {
      while (true) {
        List<Diagnostic> now = diagnostics.get(uri);
        if (now != null && condition.test(now)) {
          return now;
        }
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          fail("no such diagnostics of " + uri + "; have " + diagnostics + "; log " + log);
        }
        published.wait(left);
      }
    }
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    synchronized (published) {
      diagnostics.put(params.getUri(), params.getDiagnostics());
      published.notifyAll();
    }
  }

  @Override
  public void logMessage(MessageParams message) {
    log.add(message.getMessage());
  }

  @Override
  public void showMessage(MessageParams message) {
    log.add(message.getMessage());
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}
}
