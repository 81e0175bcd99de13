package dev.plumb.editor;

import dev.plumb.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The quick fixes of the findings in a range of a file: the fixes their hints describe ({@link
 * DidYouMean}, {@link AddEnd}), each carrying the findings it fixes. A finding made in several
 * cells is one fix, not one per cell.
 */
final class CodeActions {
  private CodeActions() {}

  static List<CodeAction> in(
      Path file, Range range, List<Diagnostic> findings, Snapshot snapshot, Documents documents) {
    Map<Fix, List<org.eclipse.lsp4j.Diagnostic>> fixes = new LinkedHashMap<>();
    for (Diagnostic d : findings) {
      if (!d.span().hasPosition()
          || !snapshot.file(d.span().path()).equals(file)
          || !overlap(Positions.range(d.span()), range)) {
        continue;
      }
      List<Fix> ofFinding = new ArrayList<>(DidYouMean.fixes(d));
      ofFinding.addAll(AddEnd.fixes(d));
      for (Fix fix : ofFinding) {
        fixes
            .computeIfAbsent(fix, f -> new ArrayList<>())
            .add(Findings.protocol(d, snapshot, documents));
      }
    }
    String uri = documents.uri(file);
    List<CodeAction> actions = new ArrayList<>();
    fixes.forEach(
        (fix, diagnostics) -> {
          CodeAction action = new CodeAction(fix.title());
          action.setKind(CodeActionKind.QuickFix);
          action.setDiagnostics(diagnostics);
          action.setEdit(
              new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(fix.range(), fix.newText())))));
          actions.add(action);
        });
    return actions;
  }

  /**
   * Whether the ranges share a position, their ends included: a cursor at a word's end is on it.
   */
  private static boolean overlap(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  private static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine()
        || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }
}
