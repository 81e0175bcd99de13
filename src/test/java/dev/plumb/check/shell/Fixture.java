package dev.plumb.check.shell;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import dev.plumb.ast.Type;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the checker's input from a text block: {@code {{name}}} or {@code {{name:type}}} becomes a
 * hole (typed when a type is given), and a line holding only {@code %} stands for a directive line.
 */
final class Fixture {
  private final SourceFile file;
  private final List<ShellLine> lines = new ArrayList<>();
  private final Map<Integer, Type> types = new HashMap<>();
  private final Map<String, Integer> holeByName = new HashMap<>();
  private final Map<Integer, Integer> idByFileLine = new HashMap<>();
  private final ShellAnalysis analysis;
  private int holeCount;

  private Fixture(String text) {
    file = new SourceFile("t.plumb", text);
    boolean directive = false;
    int holes = 0;
    for (int n = 1; n <= file.lineCount(); n++) {
      String line = file.line(n);
      if (line.strip().equals("%")) {
        directive = true;
        continue;
      }
      List<Node.Part> parts = new ArrayList<>();
      int[] cps = line.codePoints().toArray();
      int i = 0;
      int literalStart = 0;
      while (i < cps.length) {
        int close =
            i + 1 < cps.length && cps[i] == '{' && cps[i + 1] == '{' ? find(cps, i + 2) : -1;
        if (close < 0) {
          i++;
          continue;
        }
        literal(parts, cps, literalStart, i, n);
        String inner = new String(cps, i + 2, close - i - 2).strip();
        String name = inner.contains(":") ? inner.substring(0, inner.indexOf(':')).strip() : inner;
        Span span = Span.of(file, n, i + 1, close + 3);
        parts.add(new Node.Hole(new Expr.Name(name, span), holes, span));
        holeByName.putIfAbsent(name, holes);
        if (inner.contains(":")) {
          types.put(holes, type(inner.substring(inner.indexOf(':') + 1).strip()));
        }
        holes++;
        i = close + 2;
        literalStart = i;
      }
      literal(parts, cps, literalStart, cps.length, n);
      int id = lines.size();
      idByFileLine.put(n, id);
      Span span = Span.of(file, n, 1, cps.length + 1);
      lines.add(new ShellLine(new Node.TextLine(List.copyOf(parts), id, span), directive));
      directive = false;
    }
    holeCount = holes;
    analysis = ShellChecker.analyse(lines, types);
  }

  static Fixture of(String text) {
    return new Fixture(text);
  }

  /** The diagnostics as {@code CODE@line:column}, in the order reported. */
  static List<String> diagnostics(String text) {
    return of(text).diagnostics();
  }

  List<String> diagnostics() {
    List<String> result = new ArrayList<>();
    for (Diagnostic d : analysis.diagnostics()) {
      result.add(d.code() + "@" + d.span().line() + ":" + d.span().column());
    }
    return result;
  }

  int holeCount() {
    return holeCount;
  }

  int lineCount() {
    return lines.size();
  }

  ShellAnalysis analysis() {
    return analysis;
  }

  /** The context of the first hole with this name. */
  HoleContext hole(String name) {
    return analysis.holes().get(holeByName.get(name));
  }

  /** The context of the text line at this line of the text block (1-based). */
  LineContext line(int fileLine) {
    return analysis.lines().get(idByFileLine.get(fileLine));
  }

  /** Each text line's command number, in order. */
  List<Integer> commands() {
    List<Integer> result = new ArrayList<>();
    for (ShellLine l : lines) {
      result.add(analysis.lines().get(l.line().id()).command());
    }
    return result;
  }

  private static int find(int[] cps, int from) {
    for (int j = from; j + 1 < cps.length; j++) {
      if (cps[j] == '}' && cps[j + 1] == '}') {
        return j;
      }
    }
    return -1;
  }

  private void literal(List<Node.Part> parts, int[] cps, int from, int to, int n) {
    if (to > from) {
      parts.add(
          new Node.Literal(new String(cps, from, to - from), Span.of(file, n, from + 1, to + 1)));
    }
  }

  static Type type(String text) {
    if (text.endsWith("?")) {
      return new Type.Optional(type(text.substring(0, text.length() - 1)));
    }
    if (text.startsWith("list<") && text.endsWith(">")) {
      return new Type.ListOf(type(text.substring(5, text.length() - 1)));
    }
    if (text.equals("error")) {
      return new Type.Error();
    }
    if (text.contains("|")) {
      return new Type.Enum(null, List.of(text.split("\\|")));
    }
    return Type.Scalar.of(Type.Kind.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
  }
}
