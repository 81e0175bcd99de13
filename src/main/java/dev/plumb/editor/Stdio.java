package dev.plumb.editor;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server on a pair of streams (the process' stdin and stdout). */
public final class Stdio {
  /**
   * LSP4J's own log (java.util.logging, on stderr) says at level INFO that the input closed, each
   * time a client goes: only its warnings are worth an editor's log. Held here, since the logging
   * framework keeps only a weak reference to a logger and would forget the level.
   */
  private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

  private Stdio() {}

  /**
   * Serves the client on {@code in} and {@code out} until it asks the server to exit or closes the
   * input; returns the exit code the protocol asks for (0 after a shutdown request, else 1).
   */
  public static int serve(InputStream in, OutputStream out) {
    LSP4J.setLevel(Level.WARNING);
    PlumbServer server = new PlumbServer();
    // daemon threads: the process ends when the protocol does, whatever a reader still waits for
    ExecutorService threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "plumb-lsp");
              thread.setDaemon(true);
              return thread;
            });
    Launcher<LanguageClient> launcher =
        new LSPLauncher.Builder<LanguageClient>()
            .setLocalService(server)
            .setRemoteInterface(LanguageClient.class)
            .setInput(in)
            .setOutput(out)
            .setExecutorService(threads)
            .create();
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    CompletableFuture<Integer> closed =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                listening.get();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (ExecutionException e) {
                // the input broke: the client is gone
              }
              return 1;
            },
            threads);
    try {
      return (Integer) CompletableFuture.anyOf(server.exited(), closed).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (ExecutionException e) {
      return 1;
    } finally {
      threads.shutdownNow();
    }
  }
}
