package dev.plumb.cli;

import dev.plumb.Cell;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words {@code AXIS=VALUE…} that name a cell, as a command was given them. Apart from the
 * picocli mixin ({@link CellRequest}) so that a compile read without picocli checks them the same
 * way.
 */
record CellWords(List<String> words) {
  /** Where the request's own diagnostics point, as the compiler's do. */
  private static final Span REQUEST = Span.ofFile(new SourceFile("request", ""));

  CellWords {
    words = List.copyOf(words);
  }

  /** The usage error of the first word that is not AXIS=VALUE, or null when all of them are. */
  String error() {
    for (String word : words) {
      if (word.indexOf('=') <= 0) {
        return "expected AXIS=VALUE, got '" + word + "'";
      }
    }
    return null;
  }

  /**
   * The cell, or null after reporting each axis given twice (P405); every word must be AXIS=VALUE
   * ({@link #error}).
   */
  Cell cell(Terminal terminal) {
    Map<String, String> cell = new LinkedHashMap<>();
    List<Diagnostic> twice = new ArrayList<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      String name = word.substring(0, eq);
      String value = word.substring(eq + 1);
      String earlier = cell.putIfAbsent(name, value);
      if (earlier != null) {
        twice.add(
            Diagnostic.error(Code.P405, REQUEST, "axis '" + name + "' is given twice")
                .withHint("give it once: " + name + "=" + earlier + " or " + word));
      }
    }
    if (!twice.isEmpty()) {
      terminal.report(twice);
      return null;
    }
    return Cell.of(cell);
  }
}
