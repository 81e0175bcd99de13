package dev.plumb.format;

import dev.plumb.syntax.Lexeme;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical layout of a manifest. Each declaration keeps its line and its place (the order is
 * the author's: see {@link Formatter}); its tokens are spaced as {@link Spacing} spaces them; and a
 * run of consecutive declarations of one kind (no blank or comment line between them) is aligned in
 * columns, as the README's tour writes them: the names padded to the longest name of the run, and
 * the doc strings of {@code var}, {@code let} and {@code exclude} two spaces after the longest
 * declaration that has one.
 */
final class ManifestLayout {
  /** The spaces between the longest declaration of a run and its doc string. */
  private static final int DOC_GAP = 2;

  private ManifestLayout() {}

  static String of(List<Lexeme> lexemes) {
    List<Declaration> lines = Lines.of(lexemes).stream().map(Declaration::of).toList();
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < lines.size()) {
      int end = start + 1;
      String keyword = lines.get(start).keyword();
      while (keyword != null && end < lines.size() && keyword.equals(lines.get(end).keyword())) {
        end++;
      }
      List<Declaration> run = lines.subList(start, end);
      int nameWidth = nameWidth(run);
      int docAt = docAt(run, nameWidth);
      run.forEach(d -> out.add(d.line(nameWidth, docAt)));
      start = end;
    }
    return Lines.join(out, false);
  }

  /** The longest name of a run that a body follows. */
  private static int nameWidth(List<Declaration> run) {
    return run.stream()
        .filter(d -> d.name() != null && d.body() != null)
        .mapToInt(d -> Declaration.width(d.name()))
        .max()
        .orElse(0);
  }

  /** The column of the doc strings of a run: past its longest documented declaration. */
  private static int docAt(List<Declaration> run, int nameWidth) {
    return run.stream()
            .filter(d -> d.doc() != null && d.docInColumn())
            .mapToInt(d -> Declaration.width(d.head(nameWidth)))
            .max()
            .orElse(0)
        + DOC_GAP;
  }
}
