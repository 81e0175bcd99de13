package dev.plumb.emit;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.check.shell.HoleContext;
import dev.plumb.check.shell.Role;
import dev.plumb.check.shell.UnitText;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.evaluate.Abort;
import dev.plumb.evaluate.Sink;
import dev.plumb.source.OneLine;
import dev.plumb.source.Span;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the chosen text lines into the script's body. The lines are read, in the order the script
 * has them, by the same shell reader that checks templates ({@link Readings}): it decides where
 * each hole stands on this very path (an argument, a command name, a here-document line…) and finds
 * what this path breaks. Then each value is written through the {@link Quoter} for its place, and
 * what only values can break is checked: a value that spells a here-document's delimiter line, a
 * command name taken from a value that is not a path.
 */
public final class ScriptWriter implements Sink {

  /** The place a value's size is estimated for, before its real place is known. */
  private final Function<Unit, UnitText> texts;

  private final Function<Unit, String> names;
  private final Readings readings;
  private final boolean annotate;
  private final long limit;

  /** The lines given, in order: the path {@link Readings} reads. */
  private final List<Readings.Step> path = new ArrayList<>();

  /** {@link #path}'s hash for {@link Readings}, kept as its lines come. */
  private int pathHash = 1;

  /** The script's text, written at {@link #finish}: the header's lines, then the body's. */
  private final StringBuilder body = new StringBuilder();

  private int bodyLines;

  /** What {@link #finish} read, kept to make the lines with their segments when asked for. */
  private Readings.Reading reading;

  /** A set: an unrolled line repeats its error for every element, which is reported once. */
  private final Set<Diagnostic> errors = new LinkedHashSet<>();

  private final TreeSet<String> secrets = new TreeSet<>();
  private long size;

  /** The UTF-8 size of the lines written, counted exactly up to {@link #counted}. */
  private long written;

  /** How much of {@link #body} {@link #written} counts; each later char is at most 3 bytes. */
  private int counted;

  private long uncountedChars;

  private int firstNumber = 1;

  /**
   * The template line being written: where an annotation line that overflows the bound is reported.
   */
  private Span current;

  /**
   * @param readings the readings of paths met before, shared by the compiles of one pack
   */
  public ScriptWriter(
      Function<Unit, UnitText> texts,
      Function<Unit, String> names,
      Readings readings,
      boolean annotate,
      long limit) {
    this.texts = texts;
    this.names = names;
    this.readings = readings;
    this.annotate = annotate;
    this.limit = limit;
  }

  @Override
  public void text(Unit unit, Node.TextLine line, Value[] holes, List<Via> via) {
    current = line.span();
    long width = 1;
    List<Node.Part> parts = line.parts();
    int next = 0;
    for (int i = 0; i < parts.size(); i++) {
      Node.Part part = parts.get(i);
      if (part instanceof Node.Hole) {
        Value value = holes[next++];
        if (value instanceof Value.Secret secret) {
          secrets.add(secret.variable());
        }
        width += Quoter.unquotedLength(value);
      } else {
        width += ((Node.Literal) part).text().length();
      }
    }
    // the bound is checked on the text before quoting as lines come, so that an unroll stops early;
    // quoting adds to it, which the exact count as lines are written catches
    grow(width);
    // the values wait in the path until every hole's place is known
    Readings.Step step =
        Readings.Step.after(
            path.isEmpty() ? null : path.get(path.size() - 1), unit, line, List.copyOf(via), holes);
    path.add(step);
    pathHash = Readings.hash(pathHash, line, step.newRegion());
  }

  private void grow(long bytes) {
    size += bytes;
    if (size > limit) {
      throw tooLarge();
    }
  }

  /** P509 at the template line being written. */
  private Abort tooLarge() {
    return new Abort(
        Diagnostic.error(Code.P509, current, "the script would be larger than " + limit + " bytes")
            .withHint("an '%each' over a large list is the usual cause"));
  }

  /**
   * The errors found, once every line has been given: the path is read as the shell reads it (or
   * its reading remembered), then, without errors, the lines are written.
   *
   * @param header the script's first lines: the body is numbered and written after them
   */
  public List<Diagnostic> finish(List<Line> header) {
    this.firstNumber = header.size() + 1;
    // one buffer for the whole script, sized from the estimate the lines were bounded by
    body.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, size + 64L * (header.size() + 1)));
    for (Line line : header) {
      body.append(line.text()).append('\n');
    }
    counted = body.length();
    reading = readings.of(path, pathHash, texts);
    errors.addAll(reading.errors());
    if (errors.isEmpty()) {
      for (int i = 0; i < path.size(); i++) {
        write(i, null);
      }
    }
    return List.copyOf(errors);
  }

  /** The script's text, header and body, once {@link #finish} found no error. */
  public String text() {
    return body.toString();
  }

  /**
   * The body's lines, each with the template text or hole of every piece: written again from what
   * {@link #finish} read, the same text, for callers that ask for more than the text.
   */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>(bodyLines);
    for (int i = 0; i < path.size(); i++) {
      write(i, lines);
    }
    return lines;
  }

  /**
   * Writes the line given at {@code at}: into {@link #body} (checking what only values can break,
   * and the bound), or, with {@code lines}, as {@link Line}s with their segments.
   */
  private void write(int at, List<Line> lines) {
    Readings.Step r = path.get(at);
    List<HoleContext> contexts = reading.contexts().get(at);
    current = r.line().span();
    if (annotate && reading.startsCommand()[at]) {
      String comment = OneLine.escape("# " + names.apply(r.unit()) + ":" + r.line().span().line());
      if (lines == null) {
        emit(comment);
      } else {
        lines.add(Line.added(firstNumber + lines.size(), comment));
      }
    }
    List<Node.Part> parts = r.line().parts();
    if (contexts.isEmpty() && parts.size() == 1) {
      // a line of template text alone: no value to place or check
      Node.Part only = parts.get(0);
      String literal = ((Node.Literal) only).text();
      if (lines == null) {
        emit(literal);
      } else {
        int width = literal.codePointCount(0, literal.length());
        lines.add(
            new Line(
                firstNumber + lines.size(),
                literal,
                r.line().span(),
                List.of(new Line.Segment(1, 1 + width, only.span(), false)),
                r.via(),
                reading.startsCommand()[at]));
      }
      return;
    }
    // written straight into the body, or, for lines, into a line of its own
    StringBuilder text = lines == null ? body : new StringBuilder();
    int start = text.length();
    List<Line.Segment> segments = lines == null ? null : new ArrayList<>(parts.size());
    List<HoleContext.EndLine> endLines = List.of();
    int column = 1;
    int next = 0;
    Value[] holes = r.holes();
    for (int i = 0; i < parts.size(); i++) {
      Node.Part part = parts.get(i);
      String piece;
      if (part instanceof Node.Hole hole) {
        HoleContext context = contexts.get(next++);
        if (!context.endLines().isEmpty()) {
          endLines = new ArrayList<>(endLines);
          endLines.addAll(context.endLines());
        }
        piece = fill(hole, holes[next - 1], context);
      } else {
        piece = ((Node.Literal) part).text();
      }
      if (segments != null) {
        int width = piece.codePointCount(0, piece.length());
        segments.add(
            new Line.Segment(column, column + width, part.span(), part instanceof Node.Hole));
        column += width;
      }
      text.append(piece);
    }
    if (lines != null) {
      lines.add(
          new Line(
              firstNumber + lines.size(),
              text.toString(),
              r.line().span(),
              segments,
              r.via(),
              reading.startsCommand()[at]));
      return;
    }
    if (!endLines.isEmpty()) {
      checkDelimiters(body.substring(start), endLines, r.line());
    }
    ended(body.length() - start);
  }

  private String fill(Node.Hole hole, Value value, HoleContext context) {
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

  /**
   * Appends a line to the body, keeping the script within the bound: its size in UTF-8 is counted
   * exactly only when three bytes a char could pass the bound, so that most scripts never count it.
   */
  private void emit(CharSequence text) {
    body.append(text);
    ended(text.length());
  }

  /** Ends the line of {@code chars} chars just appended to the body, as {@link #emit} does. */
  private void ended(int chars) {
    body.append('\n');
    bodyLines++;
    uncountedChars += chars + 1L;
    if (written + 3 * uncountedChars > limit) {
      written += utf8Length(body.subSequence(counted, body.length()));
      counted = body.length();
      uncountedChars = 0;
      if (written > limit) {
        throw tooLarge();
      }
    }
  }

  /** The length of {@code text} in UTF-8, counted without encoding it. */
  static long utf8Length(CharSequence text) {
    long bytes = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          bytes += 2; // two chars, four bytes
          i++;
        } else if (Character.isSurrogate(c)) {
          continue; // unpaired: encoded as '?', one byte
        } else {
          bytes += 2;
        }
      }
    }
    return bytes;
  }

  /** The environment variables of the secrets the script reads, sorted. */
  public List<String> secrets() {
    return List.copyOf(secrets);
  }
}
