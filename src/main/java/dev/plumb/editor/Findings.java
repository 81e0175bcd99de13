package dev.plumb.editor;

import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What {@code plumb lint} finds, as the protocol carries it: per file, each finding with its code,
 * a link to the codes' explanations, the message with its cell and hint, and the other places the
 * message names as related information.
 */
final class Findings {
  /**
   * Where the codes are explained: the diagnostics section of the language reference, under the
   * address SARIF reports give as plumb's ({@code plumb explain CODE} prints the long version).
   */
  static final String EXPLANATIONS = "https://plumb.dev/docs/language.md#4-diagnostics";

  private Findings() {}

  /** The findings of {@code snapshot}'s pack, by the file they are in. */
  static Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile(
      List<Diagnostic> findings, Snapshot snapshot, Documents documents) {
    Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
    Path manifest = snapshot.root().resolve(PackRoot.MANIFEST);
    for (Diagnostic d : findings) {
      Path file = snapshot.file(d.span().path());
      // a finding about the folder itself is shown on its manifest
      Path shownOn =
          file.startsWith(snapshot.root()) && !file.equals(snapshot.root()) ? file : manifest;
      byFile.computeIfAbsent(shownOn, f -> new ArrayList<>()).add(protocol(d, snapshot, documents));
    }
    return byFile;
  }

  static org.eclipse.lsp4j.Diagnostic protocol(
      Diagnostic d, Snapshot snapshot, Documents documents) {
    org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic();
    out.setRange(Positions.range(d.span()));
    out.setSeverity(
        switch (d.severity()) {
          case ERROR -> DiagnosticSeverity.Error;
          case WARNING -> DiagnosticSeverity.Warning;
          case NOTE -> DiagnosticSeverity.Information;
        });
    out.setSource("plumb");
    out.setCode(Either.forLeft(d.code().name()));
    out.setCodeDescription(new DiagnosticCodeDescription(EXPLANATIONS));
    out.setMessage(message(d));
    List<DiagnosticRelatedInformation> related = related(d, snapshot, documents);
    if (!related.isEmpty()) {
      out.setRelatedInformation(related);
    }
    return out;
  }

  /** The message as {@code plumb lint} writes it: with its cell, then its hint on a line. */
  static String message(Diagnostic d) {
    return d.message()
        + (d.cell() == null ? "" : " (in cell " + d.cell().show() + ")")
        + (d.hint() == null ? "" : "\n" + d.hint());
  }

  /**
   * The places of the pack that the message or hint names ({@code /pack/a.plumb:3:1}): a diagnostic
   * keeps one span, and says where the others are in words.
   */
  private static List<DiagnosticRelatedInformation> related(
      Diagnostic d, Snapshot snapshot, Documents documents) {
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    Pattern place =
        Pattern.compile(
            Pattern.quote(Snapshot.shown(snapshot.root()) + "/") + "([^\\s:]+):(\\d+):(\\d+)");
    String words = d.message() + (d.hint() == null ? "" : "\n" + d.hint());
    Matcher m = place.matcher(words);
    while (m.find()) {
      Path file = snapshot.root().resolve(m.group(1)).normalize();
      SourceFile source =
          snapshot.sources().getOrDefault(file, new SourceFile(file.toString(), ""));
      int line = Integer.parseInt(m.group(2));
      int column = Integer.parseInt(m.group(3));
      Span span = Span.of(source, line, column, column + 1);
      related.add(
          new DiagnosticRelatedInformation(
              new Location(documents.uri(file), Positions.range(span)),
              "named here: " + m.group()));
    }
    return related;
  }
}
