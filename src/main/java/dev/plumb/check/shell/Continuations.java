package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.ast.Unit;
import dev.plumb.ast.Via;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a path joins or splits commands differently from the template's own text. The shell reading
 * of the path is what is safe; these say it is not what the template meant: a line its template
 * continues with {@code \} or {@code |} runs into a line that starts a command of its own (the
 * command swallows it as arguments), or a line its template wrote as going on with a command starts
 * one, because a branch that ended the command was taken. A command may go on into a fragment or a
 * block override: only within one file and region can the template say it ended.
 */
public final class Continuations {
  private Continuations() {}

  /**
   * A line emitted on a path, with where it was written.
   *
   * @param via the include and override sites that led to it
   */
  public record Emitted(Unit unit, List<Via> via, Node.TextLine line) {
    /**
     * By the identity of the file and line: a record's own equality would walk whole templates each
     * time lint compares two paths.
     */
    @Override
    public boolean equals(Object other) {
      return other instanceof Emitted e && unit == e.unit && line == e.line && via.equals(e.via);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(line) + via.hashCode();
    }
  }

  /**
   * Checks {@code line} emitted after {@code previous} (null at the start), where the path's reader
   * stands at {@code onPath}; {@code text} is what the line's file says.
   */
  public static void check(
      Emitted previous,
      Emitted line,
      LineStart onPath,
      UnitText text,
      Consumer<Diagnostic> errors) {
    boolean sameRegion =
        previous != null && previous.unit() == line.unit() && previous.via().equals(line.via());
    boolean otherCommand =
        sameRegion && text.command(previous.line().id()) != text.command(line.line().id());
    if (onPath == LineStart.CONTINUED && otherCommand) {
      errors.accept(unfinished(previous.line()));
    } else if (onPath == LineStart.FRESH && text.start(line.line().id()) == LineStart.CONTINUED) {
      errors.accept(ended(line.line()));
    }
  }

  private static Diagnostic unfinished(Node.TextLine last) {
    String by = by(last);
    return Diagnostic.error(
            Code.P316,
            last.span(),
            "this line continues its command with "
                + by
                + ", but in this cell the next line is one its template starts a command with")
        .withHint(
            "move the final line of the command out of the '%if' or '%each', or end this line"
                + " without "
                + by);
  }

  private static Diagnostic ended(Node.TextLine line) {
    return Diagnostic.error(
            Code.P316,
            line.span(),
            "this line goes on with the command of the line before it in the template (continued"
                + " by '\\' or '|'), but in this cell that command ended before it")
        .withHint(
            "continue the command in every branch of the '%if', or start this line's own command"
                + " on a line every cell emits");
  }

  /** How a line that continues its command does it, quoted: {@code '|'} or {@code '\\'}. */
  static String by(Node.TextLine line) {
    List<Node.Part> parts = line.parts();
    return !parts.isEmpty()
            && parts.get(parts.size() - 1) instanceof Node.Literal l
            && l.text().stripTrailing().endsWith("|")
        ? "'|'"
        : "'\\'";
  }
}
