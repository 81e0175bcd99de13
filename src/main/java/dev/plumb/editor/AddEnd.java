package dev.plumb.editor;

import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.syntax.MissingEnd;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The fix of a block never closed (P105): an {@code %end} line where its hint says it should end
 * (before the {@code %elif} or {@code %else} it must close before, else at the end of the file),
 * indented as the line that opened the block.
 */
final class AddEnd {
  private AddEnd() {}

  static List<Fix> fixes(Diagnostic d) {
    MissingEnd where = MissingEnd.of(d.hint());
    if (where == null || !d.span().hasPosition()) {
      return List.of();
    }
    SourceFile file = d.span().file();
    String opener = file.line(d.span().line());
    String end = opener.substring(0, opener.length() - opener.stripLeading().length()) + "%end";
    String text = file.text();
    String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
    if (where.beforeLine() > 0) {
      Position before = new Position(where.beforeLine() - 1, 0);
      return List.of(
          new Fix(
              "Add '%end' before line " + where.beforeLine(),
              new Range(before, before),
              end + lineBreak));
    }
    Position last = Positions.end(text);
    // a last line without its line break keeps going without one
    String added = last.getCharacter() == 0 ? end + lineBreak : lineBreak + end;
    return List.of(new Fix("Add '%end' at the end of the file", new Range(last, last), added));
  }
}
