package dev.plumb.emit;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.check.shell.Continuations;
import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.HoleRef;
import dev.plumb.check.shell.Quoting;
import dev.plumb.check.shell.ReadListener;
import dev.plumb.check.shell.Role;
import dev.plumb.check.shell.ShellReader;
import dev.plumb.check.shell.UnitText;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.evaluate.Abort;
import dev.plumb.evaluate.Sink;
import dev.plumb.source.OneLine;
import dev.plumb.source.Span;
import dev.plumb.types.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the chosen text lines into the script's body. The lines are read, in the order the script
 * has them, by the same {@link ShellReader} that checks templates: it decides where each hole
 * stands on this very path (an argument, a command name, a here-document line…) and finds what this
 * path breaks. Then each value is written through the {@link Quoter} for its place, and what only
 * values can break is checked: a value that spells a here-document's delimiter line, a command name
 * taken from a value that is not a path.
 */
public final class ScriptWriter implements Sink {
  /** A line read, waiting to be written once every hole's place is known. */
  private record Read(
      Unit unit,
      Node.TextLine line,
      List<HoleRef> refs,
      Map<Integer, Value> values,
      List<Via> via,
      boolean startsCommand) {}

  /** The place a value's size is estimated for, before its real place is known. */
  private static final HoleContext ESTIMATE =
      new HoleContext(Quoting.UNQUOTED, Role.ARGUMENT, true);

  private final Function<Unit, UnitText> texts;
  private final Function<Unit, String> names;
  private final boolean annotate;
  private final long limit;
  private final List<Read> read = new ArrayList<>();
  private final Map<HoleRef, HoleContext> contexts = new IdentityHashMap<>();
  private final List<Line> lines = new ArrayList<>();

  /** A set: an unrolled line repeats its error for every element, which is reported once. */
  private final Set<Diagnostic> errors = new LinkedHashSet<>();

  private final TreeSet<String> secrets = new TreeSet<>();
  private final ShellReader reader;
  private long size;

  /** The line given before, or null. */
  private Continuations.Emitted previous;

  /**
   * The template line being written: where an annotation line that overflows the bound is reported.
   */
  private Span current;

  public ScriptWriter(
      Function<Unit, UnitText> texts, Function<Unit, String> names, boolean annotate, long limit) {
    this.texts = texts;
    this.names = names;
    this.annotate = annotate;
    this.limit = limit;
    this.reader =
        ShellReader.script(
            new ReadListener() {
              @Override
              public void hole(HoleRef hole, HoleContext context) {
                contexts.put(hole, context);
              }

              @Override
              public void report(Diagnostic d) {
                if (d.isError()) {
                  errors.add(d);
                }
              }
            });
  }

  @Override
  public void text(Unit unit, Node.TextLine line, Map<Integer, Value> holes, List<Via> via) {
    current = line.span();
    UnitText text = texts.apply(unit);
    List<HoleRef> refs = new ArrayList<>();
    long width = 1;
    for (Node.Part part : line.parts()) {
      if (part instanceof Node.Hole hole) {
        refs.add(new HoleRef(hole, text.holeTypes().get(hole.index())));
        width += Quoter.render(holes.get(hole.index()), ESTIMATE).length();
      } else {
        width += ((Node.Literal) part).text().length();
      }
    }
    // the bound is checked on the text before quoting as lines come, so that an unroll stops early
    grow(width);
    boolean startsCommand = reader.atCommandStart();
    Continuations.Emitted here = new Continuations.Emitted(unit, List.copyOf(via), line);
    Continuations.check(previous, here, reader.lineStart(), text, errors::add);
    previous = here;
    reader.line(line, refs, false);
    read.add(new Read(unit, line, refs, holes, via, startsCommand));
  }

  private void grow(long bytes) {
    size += bytes;
    if (size > limit) {
      throw new Abort(
          Diagnostic.error(
                  Code.P509, current, "the script would be larger than " + limit + " bytes")
              .withHint("an '%each' over a large list is the usual cause"));
    }
  }

  /** The errors found, once every line has been given; without errors, the lines are written. */
  public List<Diagnostic> finish() {
    reader.end();
    if (errors.isEmpty()) {
      size = 0;
      for (Read r : read) {
        write(r);
      }
    }
    return List.copyOf(errors);
  }

  private void write(Read r) {
    current = r.line().span();
    if (annotate && r.startsCommand()) {
      add(
          new Line(
              0,
              OneLine.escape("# " + names.apply(r.unit()) + ":" + r.line().span().line()),
              null,
              List.of(),
              List.of()));
    }
    StringBuilder text = new StringBuilder();
    List<Line.Segment> segments = new ArrayList<>();
    List<HoleContext.EndLine> endLines = new ArrayList<>();
    int column = 1;
    int next = 0;
    for (Node.Part part : r.line().parts()) {
      String piece;
      if (part instanceof Node.Hole hole) {
        HoleContext context = contexts.get(r.refs().get(next++));
        if (context == null) {
          throw new IllegalStateException("no context for the hole at " + hole.span());
        }
        endLines.addAll(context.endLines());
        piece = fill(hole, r.values().get(hole.index()), context);
      } else {
        piece = ((Node.Literal) part).text();
      }
      int width = piece.codePointCount(0, piece.length());
      segments.add(
          new Line.Segment(column, column + width, part.span(), part instanceof Node.Hole));
      column += width;
      text.append(piece);
    }
    checkDelimiters(text.toString(), endLines, r.line());
    add(new Line(0, text.toString(), r.line().span(), segments, r.via()));
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

  /**
   * A value must not produce the delimiter line of a here-document it is in (docs/language.md
   * §3.2).
   */
  private void checkDelimiters(
      String text, List<HoleContext.EndLine> endLines, Node.TextLine line) {
    for (String piece : text.split("\n", -1)) {
      for (HoleContext.EndLine end : endLines) {
        if (end.matches(piece)) {
          errors.add(
              Diagnostic.error(
                      Code.P314,
                      line.span(),
                      "a value makes this line read '"
                          + end.delimiter()
                          + "', which ends the here-document early")
                  .withHint("change the value, or choose a delimiter no value can produce"));
        }
      }
    }
  }

  private void add(Line line) {
    grow(line.text().getBytes(StandardCharsets.UTF_8).length + 1L);
    lines.add(line);
  }

  public List<Line> lines() {
    return lines;
  }

  /** The environment variables of the secrets the script reads, sorted. */
  public List<String> secrets() {
    return List.copyOf(secrets);
  }
}
