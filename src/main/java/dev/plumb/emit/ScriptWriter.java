package dev.plumb.emit;

import dev.plumb.ScriptLine;
import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.LineContext;
import dev.plumb.check.shell.Role;
import dev.plumb.check.shell.ShellAnalysis;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.evaluate.Abort;
import dev.plumb.evaluate.Sink;
import dev.plumb.source.OneLine;
import dev.plumb.source.Span;
import dev.plumb.values.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the chosen text lines into the script's body: fills holes through the {@link Quoter},
 * checks what only values can break (a here-document ended early, a command name that is not a
 * path) and the {@link PathRules} along the path taken, and keeps the script under its size bound.
 */
public final class ScriptWriter implements Sink {
  private final Function<Unit, ShellAnalysis> analyses;
  private final Function<Unit, String> names;
  private final boolean annotate;
  private final long limit;
  private final List<ScriptLine> lines = new ArrayList<>();

  /** A set: an unrolled line repeats its error for every element, which is reported once. */
  private final java.util.Set<Diagnostic> errors = new java.util.LinkedHashSet<>();

  private final TreeSet<String> secrets = new TreeSet<>();
  private long size;

  /** The last text line emitted, with what the path rules carry along; null before the first. */
  private PathRules.Emitted last;

  /**
   * The template line being written: where an annotation line that overflows the bound is reported.
   */
  private Span current;

  public ScriptWriter(
      Function<Unit, ShellAnalysis> analyses,
      Function<Unit, String> names,
      boolean annotate,
      long limit) {
    this.analyses = analyses;
    this.names = names;
    this.annotate = annotate;
    this.limit = limit;
  }

  @Override
  public void text(Unit unit, Node.TextLine line, Map<Integer, Value> holes, List<Span> via) {
    current = line.span();
    ShellAnalysis analysis = analyses.apply(unit);
    LineContext context = analysis.lines().get(line.id());
    boolean continuing = last != null && last.context().continues();
    boolean sameCommand = PathRules.sameCommand(last, unit, context, via);
    PathRules.Emitted here = PathRules.next(last, unit, line, context, via, names, errors::add);
    if (annotate && !sameCommand && !continuing) {
      add(
          new ScriptLine(
              0,
              OneLine.escape("# " + names.apply(unit) + ":" + line.span().line()),
              null,
              List.of(),
              List.of()));
    }
    StringBuilder text = new StringBuilder();
    List<ScriptLine.Segment> segments = new ArrayList<>();
    int column = 1;
    for (Node.Part part : line.parts()) {
      String piece =
          part instanceof Node.Hole hole
              ? fill(hole, holes.get(hole.index()), analysis.holes().get(hole.index()))
              : ((Node.Literal) part).text();
      int width = piece.codePointCount(0, piece.length());
      segments.add(
          new ScriptLine.Segment(column, column + width, part.span(), part instanceof Node.Hole));
      column += width;
      text.append(piece);
    }
    if (context.heredocDelimiter() != null) {
      checkDelimiter(text.toString(), context, line);
    }
    add(new ScriptLine(0, text.toString(), line.span(), segments, via));
    last = here;
  }

  private String fill(Node.Hole hole, Value value, HoleContext context) {
    if (value instanceof Value.Secret s) {
      secrets.add(s.variable());
    }
    if (context.role() == Role.COMMAND_NAME
        && !(value instanceof Value.Text t && t.value().contains("/"))) {
      errors.add(
          Diagnostic.error(
                  Code.P309,
                  hole.span(),
                  "a command name taken from a value must be a path containing '/'")
              .withHint("otherwise the value could name a shell builtin such as eval"));
    }
    return Quoter.render(value, context);
  }

  /** A value must not produce the delimiter line of the here-document it is in (design §3.2). */
  private void checkDelimiter(String text, LineContext context, Node.TextLine line) {
    for (String piece : text.split("\n", -1)) {
      String compared = context.stripTabs() ? piece.replaceFirst("^\t+", "") : piece;
      if (compared.equals(context.heredocDelimiter())) {
        errors.add(
            Diagnostic.error(
                    Code.P314,
                    line.span(),
                    "a value makes this line read '"
                        + context.heredocDelimiter()
                        + "', which ends the here-document early")
                .withHint("change the value, or choose a delimiter no value can produce"));
      }
    }
  }

  private void add(ScriptLine line) {
    size += line.text().getBytes(StandardCharsets.UTF_8).length + 1;
    if (size > limit) {
      throw new Abort(
          Diagnostic.error(
                  Code.P509,
                  line.origin() != null ? line.origin() : current,
                  "the script would be larger than " + limit + " bytes")
              .withHint("an '%each' over a large list is the usual cause"),
          null);
    }
    lines.add(line);
  }

  /** The errors found, once every line has been written. */
  public List<Diagnostic> finish() {
    PathRules.finish(last, names, errors::add);
    return List.copyOf(errors);
  }

  public List<ScriptLine> lines() {
    return lines;
  }

  /** The environment variables of the secrets the script reads, sorted. */
  public List<String> secrets() {
    return List.copyOf(secrets);
  }
}
