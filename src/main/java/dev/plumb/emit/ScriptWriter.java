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
import dev.plumb.source.Span;
import dev.plumb.values.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the chosen text lines into the script's body: fills holes through the
 * {@link Quoter}, checks what only values can break (a here-document ended early, a
 * continued command with no last line, a command name that is not a path), and keeps the
 * script under its size bound.
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
  private Unit lastUnit;
  /** The include and override sites of the last line: each block override is a region of its own. */
  private List<Span> lastVia = List.of();
  private LineContext last;
  private Span lastSpan;
  /** The here-documents open after the last line emitted, and the line that opened the first of them. */
  private List<String> heredocs = List.of();
  private Span heredocOpener;
  private Unit heredocUnit;
  /** Set at the first P320: after it the lines' places are unknown, and each would be reported again. */
  private boolean heredocsLost;

  public ScriptWriter(Function<Unit, ShellAnalysis> analyses, Function<Unit, String> names, boolean annotate,
      long limit) {
    this.analyses = analyses;
    this.names = names;
    this.annotate = annotate;
    this.limit = limit;
  }

  @Override
  public void text(Unit unit, Node.TextLine line, Map<Integer, Value> holes, List<Span> via) {
    ShellAnalysis analysis = analyses.apply(unit);
    LineContext context = analysis.lines().get(line.id());
    boolean continuing = last != null && last.continues();
    boolean sameRegion = lastUnit == unit && lastVia.equals(via);
    boolean sameCommand = sameRegion && last != null && last.command() == context.command();
    // a command may go on into a block override or a fragment: only its own file can tell it ended early
    if (continuing && sameRegion && !sameCommand) {
      unfinished();
    }
    if (context.afterBackslash() && !continuing) {
      ended(line);
    }
    if (!heredocsLost && !context.heredocsBefore().equals(heredocs)) {
      misplaced(line, context);
    }
    if (annotate && !sameCommand && !continuing) {
      add(new ScriptLine(0, "# " + names.apply(unit) + ":" + line.span().line(), null, List.of(), List.of()));
    }
    StringBuilder text = new StringBuilder();
    List<ScriptLine.Segment> segments = new ArrayList<>();
    int column = 1;
    for (Node.Part part : line.parts()) {
      String piece = part instanceof Node.Hole hole
          ? fill(hole, holes.get(hole.index()), analysis.holes().get(hole.index()))
          : ((Node.Literal) part).text();
      int width = piece.codePointCount(0, piece.length());
      segments.add(new ScriptLine.Segment(column, column + width, part.span(), part instanceof Node.Hole));
      column += width;
      text.append(piece);
    }
    if (context.heredocDelimiter() != null) {
      checkDelimiter(text.toString(), context, line);
    }
    add(new ScriptLine(0, text.toString(), line.span(), segments, via));
    lastUnit = unit;
    lastVia = via;
    last = context;
    lastSpan = line.span();
    if (heredocs.isEmpty() && !context.heredocsAfter().isEmpty()) {
      heredocOpener = line.span();
      heredocUnit = unit;
    }
    heredocs = context.heredocsAfter();
  }

  private String fill(Node.Hole hole, Value value, HoleContext context) {
    if (value instanceof Value.Secret s) {
      secrets.add(s.variable());
    }
    if (context.role() == Role.COMMAND_NAME && !(value instanceof Value.Text t && t.value().contains("/"))) {
      errors.add(Diagnostic.error(Code.P309, hole.span(),
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
        errors.add(Diagnostic.error(Code.P314, line.span(),
                "a value makes this line read '" + context.heredocDelimiter() + "', which ends the here-document early")
            .withHint("change the value, or choose a delimiter no value can produce"));
      }
    }
  }

  /**
   * The line was checked as part of a command continued by a backslash, but in this cell
   * the line before it ends its command: it would run as a command nobody checked.
   */
  private void ended(Node.TextLine line) {
    Diagnostic d = Diagnostic.error(Code.P316, line.span(),
            "this line goes on with the command of the line before it in the template (continued by '\\' or '|'),"
                + " but in this cell that command ended before it")
        .withHint("continue the command in every branch of the '%if', or start this line's own command on a line every cell emits");
    if (!errors.contains(d)) {
      errors.add(d);
    }
  }

  /**
   * The line was checked inside other here-documents than the emitted script has open before
   * it (an include or block override in a body, a delimiter or opener in a branch not taken):
   * its holes would be quoted for the wrong context, or a body line would run as a command.
   */
  private void misplaced(Node.TextLine line, LineContext context) {
    String checked = context.heredocsBefore().isEmpty()
        ? "as a command"
        : "as text of the here-document " + quote(context.heredocsBefore());
    String emitted = heredocs.isEmpty()
        ? "no here-document is open before it"
        : "it is inside the here-document " + quote(heredocs) + " opened at " + opener();
    errors.add(Diagnostic.error(Code.P320, line.span(),
            "this line was checked " + checked + ", but in this cell " + emitted)
        .withHint("keep a here-document's opening line, body and delimiter line in one file and "
            + "in the same branch; include no fragment and override no block inside its body"));
    heredocsLost = true;
  }

  private String opener() {
    return names.apply(heredocUnit) + ":" + heredocOpener.line();
  }

  private static String quote(List<String> heredocs) {
    return "'" + String.join("', '", heredocs) + "'";
  }

  private void unfinished() {
    String by = lines.get(lines.size() - 1).text().stripTrailing().endsWith("|") ? "'|'" : "'\\'";
    errors.add(Diagnostic.error(Code.P316, lastSpan,
            "this line continues its command with " + by + ", but no line of that command follows in this cell")
        .withHint("move the final line of the command out of the '%if' or '%each', or end this line without " + by));
  }

  private void add(ScriptLine line) {
    size += line.text().getBytes(StandardCharsets.UTF_8).length + 1;
    if (size > limit) {
      throw new Abort(Diagnostic.error(Code.P509, line.origin() != null ? line.origin() : lastSpan,
              "the script would be larger than " + limit + " bytes")
          .withHint("an '%each' over a large list is the usual cause"), null);
    }
    lines.add(line);
  }

  /** The errors found, once every line has been written. */
  public List<Diagnostic> finish() {
    if (last != null && last.continues()) {
      unfinished();
    }
    if (!heredocsLost && !heredocs.isEmpty()) {
      errors.add(Diagnostic.error(Code.P320, heredocOpener,
              "the here-document " + quote(heredocs) + " opened here is never ended in this cell")
          .withHint("emit its delimiter line on every path: keep it outside '%if' branches"));
    }
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
