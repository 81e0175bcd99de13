package dev.plumb.cli;

import dev.plumb.Matrix;
import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code matrix --expect FILE}: a CI gate against losing support by accident. Each line of FILE is
 * {@code OP AXIS=VALUE…} ({@code *} for every operation; an axis left out matches all its values);
 * every cell a line matches must be supported.
 */
final class Expectations {
  private Expectations() {}

  static List<Diagnostic> check(Matrix matrix, Path file, String shown) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PlumbException(
          List.of(
              Diagnostic.error(
                  Code.P405,
                  Span.ofFile(new SourceFile(shown, "")),
                  "cannot read the expectations file")));
    }
    SourceFile source = new SourceFile(shown, text);
    List<Diagnostic> problems = new ArrayList<>();
    for (int n = 1; n <= source.lineCount(); n++) {
      String line = source.line(n).replaceFirst("#.*", "").strip();
      if (!line.isEmpty()) {
        checkLine(matrix, line, Span.of(source, n, 1, source.line(n).length() + 1), problems);
      }
    }
    return problems;
  }

  private static void checkLine(Matrix matrix, String line, Span span, List<Diagnostic> problems) {
    String[] words = line.split("\\s+");
    String op = words[0];
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int i = 1; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      String axis = eq > 0 ? words[i].substring(0, eq) : words[i];
      if (eq <= 0
          || !matrix.axes().containsKey(axis)
          || !matrix.axes().get(axis).contains(words[i].substring(eq + 1))) {
        problems.add(
            Diagnostic.error(
                    Code.P405, span, "'" + words[i] + "' is not an axis value of this pack")
                .withHint(
                    "write AXIS=VALUE with the axes " + String.join(", ", matrix.axes().keySet())));
        return;
      }
      wanted.put(axis, words[i].substring(eq + 1));
    }
    if (!op.equals("*") && !matrix.operations().contains(op)) {
      problems.add(
          Diagnostic.error(Code.P402, span, "unknown operation '" + op + "'")
              .withHint(
                  "the operations are "
                      + String.join(", ", matrix.operations())
                      + ", or * for all"));
      return;
    }
    for (Matrix.Entry e : matrix.entries()) {
      boolean matches =
          (op.equals("*") || e.operation().equals(op))
              && wanted.entrySet().stream()
                  .allMatch(w -> w.getValue().equals(e.cell().values().get(w.getKey())));
      if (matches && !e.supported()) {
        problems.add(
            Diagnostic.error(
                Code.P404,
                span,
                "'"
                    + e.operation()
                    + "' is no longer supported for "
                    + e.cell()
                    + ": "
                    + e.reason()));
      }
    }
  }
}
