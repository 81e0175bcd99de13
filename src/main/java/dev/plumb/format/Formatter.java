package dev.plumb.format;

import dev.plumb.diag.Checked;
import dev.plumb.source.SourceFile;
import dev.plumb.syntax.Lexeme;
import dev.plumb.syntax.Syntax;
import java.util.List;

/**
 * {@code plumb fmt} on one file: its canonical layout ({@link TemplateLayout}, {@link
 * ManifestLayout}), or the errors that reading it reports, in which case it is not formatted.
 *
 * <p>The layout never adds, removes or moves a line (but the final newline), so that the lines a
 * diagnostic, a source map or {@code --annotate}'s {@code # file:line} comments name stay the same;
 * it never touches a template's shell text but inside its holes; and it keeps the manifest's
 * declarations in the author's order, since that order is visible: the axes' order is the matrix's,
 * the operations' is the order of every listing, a {@code let} reads only the {@code let}s above
 * it, and the variables come in the schema and in values errors in the order they are declared.
 *
 * <p>What it writes is read again before it is returned: the same tokens on the same lines, but for
 * the blanks the layout decides ({@link SameReading}). A difference is a bug of the layout, never
 * something to write.
 */
public final class Formatter {
  private Formatter() {}

  /** The file in canonical layout, or the errors of reading it (and no text). */
  public static Checked<String> format(SourceFile file, boolean manifest) {
    Checked<List<Lexeme>> read = Syntax.lexemes(file, manifest);
    if (read.value() == null) {
      return new Checked<>(null, read.diagnostics());
    }
    String text = manifest ? ManifestLayout.of(read.value()) : TemplateLayout.of(read.value());
    Checked<List<Lexeme>> again = Syntax.lexemes(new SourceFile(file.path(), text), manifest);
    if (again.value() == null || !SameReading.of(read.value(), again.value())) {
      throw new IllegalStateException(
          "formatting " + file.path() + " would change how it reads; please report");
    }
    return new Checked<>(text, List.of());
  }
}
