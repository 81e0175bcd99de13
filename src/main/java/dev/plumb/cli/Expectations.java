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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code matrix --expect FILE}: a CI gate against support changing by accident, both ways. Each
 * line of FILE is {@code OP AXIS=VALUE…} ({@code *} for every operation; an axis left out matches
 * all its values): every cell it matches must be supported. A line {@code ? OP AXIS=VALUE…} allows
 * the cells it matches to be supported without requiring it. Every supported cell must be matched
 * by some line: one that gained support fails too (P419). {@code matrix --format expect} writes the
 * file for the support of today.
 */
final class Expectations {
  private Expectations() {}

  /** One line of the file: its pattern, whether it only allows, and where it is. */
  private record Pattern(String operation, Map<String, String> cell, boolean allows, Span span) {
    boolean matches(Matrix.Entry e) {
      return (operation.equals("*") || e.operation().equals(operation))
          && cell.entrySet().stream()
              .allMatch(w -> w.getValue().equals(e.cell().values().get(w.getKey())));
    }
  }

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
    List<Pattern> patterns = new ArrayList<>();
    for (int n = 1; n <= source.lineCount(); n++) {
      String line = source.line(n).replaceFirst("#.*", "").strip();
      if (!line.isEmpty()) {
        Span span = Span.of(source, n, 1, source.line(n).length() + 1);
        Pattern pattern = pattern(matrix, line, span, problems);
        if (pattern != null) {
          patterns.add(pattern);
        }
      }
    }
    // a line that cannot be read may have been meant to list cells: no gained cell is sure then
    boolean complete = problems.isEmpty();
    Set<Matrix.Entry> listed = new LinkedHashSet<>();
    for (Pattern pattern : patterns) {
      for (Matrix.Entry e : matrix.entries()) {
        if (pattern.matches(e)) {
          listed.add(e);
          if (!pattern.allows() && !e.supported()) {
            problems.add(lost(e, pattern.span()));
          }
        }
      }
    }
    for (Matrix.Entry e : matrix.entries()) {
      if (complete && e.supported() && !listed.contains(e)) {
        problems.add(gained(e, source));
      }
    }
    return problems;
  }

  /** {@code matrix --format expect}: one line per supported operation and cell. */
  static String render(Matrix matrix) {
    StringBuilder out = new StringBuilder();
    out.append("# the supported cells of ")
        .append(matrix.pack())
        .append(", for 'plumb matrix --expect FILE'\n")
        .append("# a line '? OP AXIS=VALUE…' lets cells be supported without requiring it\n");
    for (Matrix.Entry e : matrix.entries()) {
      if (e.supported()) {
        out.append(line(e)).append('\n');
      }
    }
    return out.toString();
  }

  private static String line(Matrix.Entry e) {
    return e.operation() + (e.cell().values().isEmpty() ? "" : " " + e.cell());
  }

  private static Diagnostic lost(Matrix.Entry e, Span span) {
    String why = e.excluded() ? "the manifest excludes it: " : "it is unsupported: ";
    return Diagnostic.error(
            Code.P404,
            span,
            "'"
                + e.operation()
                + "' is expected supported for "
                + e.cell()
                + ", but "
                + why
                + e.reason())
        .withHint("if that is meant, remove or narrow this line, or mark it '? …'");
  }

  private static Diagnostic gained(Matrix.Entry e, SourceFile source) {
    return Diagnostic.error(
            Code.P419,
            Span.ofFile(source),
            "'"
                + e.operation()
                + "' is supported for "
                + e.cell()
                + " ("
                + String.join(" < ", e.templates())
                + "), which no line of the file expects")
        .withHint(
            "if that is meant, add the line '"
                + line(e)
                + "' (or '? "
                + line(e)
                + "' to allow it without requiring it)");
  }

  private static Pattern pattern(Matrix matrix, String line, Span span, List<Diagnostic> problems) {
    boolean allows = line.startsWith("?");
    String[] words = (allows ? line.substring(1).strip() : line).split("\\s+");
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
        return null;
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
      return null;
    }
    return new Pattern(op, wanted, allows, span);
  }
}
