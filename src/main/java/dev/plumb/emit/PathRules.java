package dev.plumb.emit;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.check.shell.LineContext;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Span;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a text line needs of the line emitted before it. The shell checker reads a file's lines as
 * one stream, every branch in file order; a cell emits one path through branches, includes and
 * block overrides, and each line is safe only where the path puts it where it was checked: a line
 * read as going on with a continued command after a line that continues one (P316), and inside the
 * same here-documents (P320). The script writer applies these rules to the one path a compile
 * takes; lint applies them to every path a cell may take.
 */
public final class PathRules {
  private PathRules() {}

  /**
   * An emitted line, with what the rules carry along the path: the line that opened the
   * here-documents still open after it, and whether a P320 was already found on the path (after it
   * the lines' places are unknown, and each would be reported again).
   */
  public record Emitted(
      Unit unit,
      Node.TextLine line,
      LineContext context,
      List<Span> via,
      Unit openerUnit,
      Span opener,
      boolean heredocsLost) {}

  /**
   * Whether {@code line} goes on with the command of {@code previous} in the same file and region.
   */
  public static boolean sameCommand(
      Emitted previous, Unit unit, LineContext context, List<Span> via) {
    return previous != null
        && previous.unit() == unit
        && previous.via().equals(via)
        && previous.context().command() == context.command();
  }

  /**
   * Checks {@code line} emitted after {@code previous} (null at the start of the script), reporting
   * to {@code errors}, and answers the emitted line to check the next one against.
   */
  public static Emitted next(
      Emitted previous,
      Unit unit,
      Node.TextLine line,
      LineContext context,
      List<Span> via,
      Function<Unit, String> names,
      Consumer<Diagnostic> errors) {
    boolean continuing = previous != null && previous.context().continues();
    boolean sameRegion = previous != null && previous.unit() == unit && previous.via().equals(via);
    // a command may go on into a block override or a fragment: only its own file can tell it ended
    // early
    if (continuing && sameRegion && !sameCommand(previous, unit, context, via)) {
      errors.accept(unfinished(previous));
    }
    if (context.afterBackslash() && !continuing) {
      errors.accept(ended(line));
    }
    List<String> open = previous == null ? List.of() : previous.context().heredocsAfter();
    boolean lost = previous != null && previous.heredocsLost();
    if (!lost && !context.heredocsBefore().equals(open)) {
      errors.accept(misplaced(line, context, open, previous, names));
      lost = true;
    }
    boolean opens = open.isEmpty() && !context.heredocsAfter().isEmpty();
    return new Emitted(
        unit,
        line,
        context,
        via,
        opens ? unit : previous == null ? null : previous.openerUnit(),
        opens ? line.span() : previous == null ? null : previous.opener(),
        lost);
  }

  /** At the end of the script: the last line must not continue, nor leave a here-document open. */
  public static void finish(
      Emitted last, Function<Unit, String> names, Consumer<Diagnostic> errors) {
    if (last == null) {
      return;
    }
    if (last.context().continues()) {
      errors.accept(unfinished(last));
    }
    if (!last.heredocsLost() && !last.context().heredocsAfter().isEmpty()) {
      errors.accept(
          Diagnostic.error(
                  Code.P320,
                  last.opener(),
                  "the here-document "
                      + quote(last.context().heredocsAfter())
                      + " opened here is never ended in this cell")
              .withHint("emit its delimiter line on every path: keep it outside '%if' branches"));
    }
  }

  /** The line continues its command, but the next line of that command is not emitted after it. */
  private static Diagnostic unfinished(Emitted last) {
    String by = continuation(last.line());
    return Diagnostic.error(
            Code.P316,
            last.line().span(),
            "this line continues its command with "
                + by
                + ", but no line of that command follows in this cell")
        .withHint(
            "move the final line of the command out of the '%if' or '%each', or end this line without "
                + by);
  }

  /**
   * How a line that continues its command does it, quoted for a message: {@code '|'} or {@code
   * '\\'}.
   */
  public static String continuation(Node.TextLine line) {
    List<Node.Part> parts = line.parts();
    return !parts.isEmpty()
            && parts.get(parts.size() - 1) instanceof Node.Literal l
            && l.text().stripTrailing().endsWith("|")
        ? "'|'"
        : "'\\'";
  }

  /**
   * The line was checked as part of a continued command, but in this cell the line before it ends
   * its command: it would run as a command nobody checked.
   */
  private static Diagnostic ended(Node.TextLine line) {
    return Diagnostic.error(
            Code.P316,
            line.span(),
            "this line goes on with the command of the line before it in the template (continued by '\\' or '|'),"
                + " but in this cell that command ended before it")
        .withHint(
            "continue the command in every branch of the '%if', or start this line's own command on a line"
                + " every cell emits");
  }

  /**
   * The line was checked inside other here-documents than the emitted script has open before it:
   * its holes would be quoted for the wrong context, or a body line would run as a command.
   */
  private static Diagnostic misplaced(
      Node.TextLine line,
      LineContext context,
      List<String> open,
      Emitted previous,
      Function<Unit, String> names) {
    String checked =
        context.heredocsBefore().isEmpty()
            ? "as a command"
            : "as text of the here-document " + quote(context.heredocsBefore());
    String emitted =
        open.isEmpty()
            ? "no here-document is open before it"
            : "it is inside the here-document "
                + quote(open)
                + " opened at "
                + names.apply(previous.openerUnit())
                + ":"
                + previous.opener().line();
    return Diagnostic.error(
            Code.P320,
            line.span(),
            "this line was checked " + checked + ", but in this cell " + emitted)
        .withHint(
            "keep a here-document's opening line, body and delimiter line in one file and "
                + "in the same branch; include no fragment and override no block inside its body");
  }

  private static String quote(List<String> heredocs) {
    return "'" + String.join("', '", heredocs) + "'";
  }
}
