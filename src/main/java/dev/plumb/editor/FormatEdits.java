package dev.plumb.editor;

import dev.plumb.format.Formatter;
import dev.plumb.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * A document in {@code plumb fmt}'s canonical layout: the file as the pack read it (the editor's
 * unsaved text, read within a pack's bounds, as {@code plumb fmt} reads a file) formatted by the
 * same formatter, as one edit of the whole document. A file that does not read, or does not format,
 * gets no edits: the user sees why in its diagnostics.
 */
final class FormatEdits {
  private FormatEdits() {}

  static List<TextEdit> of(Snapshot snapshot, Path file, Documents documents) {
    SourceFile source = snapshot.sources().get(file);
    if (source == null) {
      return List.of();
    }
    boolean manifest = file.getFileName().toString().equals(PackRoot.MANIFEST);
    String formatted = Formatter.format(source, manifest).value();
    Documents.Open open = documents.get(file);
    // the document as the editor has it, with a byte order mark reading skipped (fmt drops it too)
    String before = open != null ? open.text() : source.text();
    if (formatted == null || formatted.equals(before)) {
      return List.of();
    }
    Range whole = new Range(new Position(0, 0), Positions.end(before));
    return List.of(new TextEdit(whole, formatted));
  }
}
