package dev.plumb.editor;

import dev.plumb.diag.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The packs of the open documents, kept up to date on one worker thread: every load, lint and
 * question runs there in turn, so a snapshot is never read while it is made. A change marks its
 * pack stale and lints it again after a short pause (typing does not lint every keystroke); a
 * question about a stale pack loads it first. Nothing that fails in a pack stops the server: the
 * error goes to the client's log.
 */
final class Packs {
  /** How long the typing must pause before the pack is linted again. */
  static final long PAUSE_MILLIS = 150;

  private final Documents documents = new Documents();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "plumb-lsp-worker");
            thread.setDaemon(true);
            return thread;
          });
  private final Set<Path> stale = ConcurrentHashMap.newKeySet();
  private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  // touched on the worker only
  private final Map<Path, Snapshot> snapshots = new HashMap<>();
  private final Map<Path, Set<Path>> published = new HashMap<>();
  private final Map<Path, Linted> linted = new HashMap<>();
  private volatile LanguageClient client;

  void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  Documents documents() {
    return documents;
  }

  /** The pack of {@code file} changed (its text, on disk or in the editor): lint it soon. */
  void changed(Path file) {
    Path root = PackRoot.of(file, documents);
    if (root == null) {
      return;
    }
    stale.add(root);
    pending.compute(
        root,
        (r, previous) -> {
          if (previous != null) {
            previous.cancel(false);
          }
          return worker.schedule(() -> relint(r), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        });
  }

  /**
   * Answers a question about {@code file} on the worker, with its pack as it is now; null when the
   * file is in no pack, or its pack cannot be read.
   */
  <T> CompletableFuture<T> ask(Path file, Function<Snapshot, T> question) {
    return answer(file, true, question);
  }

  /**
   * As {@link #ask}, also when the pack's manifest cannot be read: a question about the files'
   * texts alone (formatting) has an answer then.
   */
  <T> CompletableFuture<T> askAboutText(Path file, Function<Snapshot, T> question) {
    return answer(file, false, question);
  }

  private <T> CompletableFuture<T> answer(
      Path file, boolean needsModel, Function<Snapshot, T> question) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            Path root = file == null ? null : PackRoot.of(file, documents);
            Snapshot snapshot = root == null ? null : current(root);
            boolean answerable = snapshot != null && (snapshot.model() != null || !needsModel);
            return answerable ? question.apply(snapshot) : null;
          } catch (RuntimeException | StackOverflowError e) {
            log("plumb: cannot answer about " + file, e);
            return null;
          }
        },
        worker);
  }

  /** The pack's snapshot, loaded again when a change came since the last. */
  private Snapshot current(Path root) {
    Snapshot snapshot = snapshots.get(root);
    if (snapshot == null || stale.remove(root)) {
      snapshot = Snapshot.load(root, documents.unsaved());
      snapshots.put(root, snapshot);
    }
    return snapshot;
  }

  /** The findings of one snapshot, kept until the next: a code action must not lint again. */
  private record Linted(Snapshot snapshot, List<Diagnostic> findings) {}

  /** Every finding of {@code plumb lint} on {@code snapshot}, linted once; on the worker only. */
  List<Diagnostic> findings(Snapshot snapshot) {
    Linted last = linted.get(snapshot.root());
    if (last == null || last.snapshot() != snapshot) {
      last = new Linted(snapshot, snapshot.lint());
      linted.put(snapshot.root(), last);
    }
    return last.findings();
  }

  /** Lints the pack and publishes its findings per file, clearing the files that have none now. */
  private void relint(Path root) {
    try {
      Snapshot snapshot = current(root);
      List<Diagnostic> findings = findings(snapshot);
      Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile =
          Findings.byFile(findings, snapshot, documents);
      Set<Path> before = published.getOrDefault(root, Set.of());
      LanguageClient to = client;
      if (to == null) {
        return;
      }
      for (Path gone : before) {
        if (!byFile.containsKey(gone)) {
          to.publishDiagnostics(new PublishDiagnosticsParams(documents.uri(gone), List.of()));
        }
      }
      byFile.forEach(
          (file, diagnostics) ->
              to.publishDiagnostics(
                  new PublishDiagnosticsParams(documents.uri(file), diagnostics)));
      published.put(root, new HashSet<>(byFile.keySet()));
    } catch (RuntimeException | StackOverflowError e) {
      log("plumb: cannot lint the pack " + root, e);
    }
  }

  /** Tells the client's log of an internal error, with its trace: a bug to report. */
  void log(String what, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    LanguageClient to = client;
    if (to != null) {
      to.logMessage(new MessageParams(MessageType.Error, what + ": " + trace));
    }
  }

  void stop() {
    worker.shutdownNow();
  }
}
