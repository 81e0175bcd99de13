package dev.plumb.check.shell;

import dev.plumb.ast.Expr;
import dev.plumb.ast.Node;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the checker's input from a text block: {@code {{name}}} or {@code {{name:type}}} becomes a
 * hole (typed when a type is given), and a line holding only {@code %} stands for a directive line.
 */
final class Fixture {
  private final SourceFile file;
  private final Map<String, HoleContext> holes = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Boolean> starts = new ArrayList<>();
  private final java.util.Set<HoleRef> answered =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private int holeCount;

  private Fixture(String text) {
    file = new SourceFile("t.plumb", text);
    ShellReader reader =
        ShellReader.script(
            new ReadListener() {
              @Override
              public void hole(HoleRef hole, HoleContext context) {
                holes.putIfAbsent(((Expr.Name) hole.hole().expr()).name(), context);
                answered.add(hole);
              }

              @Override
              public void report(Diagnostic d) {
                diagnostics.add(d);
              }
            });
    boolean directive = false;
    int holeIndex = 0;
    int id = 0;
    for (int n = 1; n <= file.lineCount(); n++) {
      String line = file.line(n);
      if (line.strip().equals("%")) {
        directive = true;
        continue;
      }
      List<Node.Part> parts = new ArrayList<>();
      List<HoleRef> refs = new ArrayList<>();
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
        Node.Hole hole = new Node.Hole(new Expr.Name(name, span), holeIndex++, span);
        parts.add(hole);
        Type type =
            inner.contains(":") ? type(inner.substring(inner.indexOf(':') + 1).strip()) : null;
        refs.add(new HoleRef(hole, type));
        i = close + 2;
        literalStart = i;
      }
      literal(parts, cps, literalStart, cps.length, n);
      Span span = Span.of(file, n, 1, cps.length + 1);
      starts.add(reader.atCommandStart());
      reader.line(new Node.TextLine(List.copyOf(parts), id++, span), refs, directive);
      directive = false;
    }
    reader.endRegion();
    holeCount = holeIndex;
    diagnostics.sort(
        Comparator.comparingInt((Diagnostic d) -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::code));
  }

  static Fixture of(String text) {
    return new Fixture(text);
  }

  /** The diagnostics as {@code CODE@line:column}, in source order. */
  static List<String> diagnostics(String text) {
    return of(text).diagnostics();
  }

  List<String> diagnostics() {
    List<String> result = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      result.add(d.code() + "@" + d.span().line() + ":" + d.span().column());
    }
    return result;
  }

  /** The diagnostics themselves, in source order. */
  List<Diagnostic> all() {
    return diagnostics;
  }

  int holeCount() {
    return holeCount;
  }

  /** How many holes the reader gave a context. */
  int answered() {
    return answered.size();
  }

  /** The number of text lines read. */
  int lineCount() {
    return starts.size();
  }

  /** The context of the first hole with this name. */
  HoleContext hole(String name) {
    return holes.get(name);
  }

  /**
   * Each text line's command number, in order: a line that starts with nothing open and nothing
   * going on starts the next command.
   */
  List<Integer> commands() {
    List<Integer> result = new ArrayList<>();
    int command = -1;
    for (boolean start : starts) {
      command += start ? 1 : 0;
      result.add(Math.max(command, 0));
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
      return new Type.OptionalOf(type(text.substring(0, text.length() - 1)));
    }
    if (text.startsWith("list<") && text.endsWith(">")) {
      return new Type.ListOf(type(text.substring(5, text.length() - 1)));
    }
    if (text.equals("error")) {
      return new Type.Invalid();
    }
    if (text.contains("|")) {
      return new Type.EnumOf(null, List.of(text.split("\\|")));
    }
    return Type.Scalar.of(Type.Kind.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
  }
}
