package dev.plumb.suite;

import dev.plumb.Script;
import dev.plumb.ScriptLine;
import dev.plumb.source.Span;
import java.util.Arrays;
import java.util.List;

/**
 * How a script differs from an expected text: the hunks of a unified diff, and for each line of the
 * new script the template line it came from, so each added line can name it.
 *
 * @param expected what the snapshot holds, as the diff's {@code ---} names it
 */
public record ScriptDiff(String expected, List<LineDiff.Hunk> hunks, List<ScriptLine> lines) {
  /** Lines of context around each change, as diff -u gives them. */
  public static final int CONTEXT = 3;

  public ScriptDiff {
    hunks = List.copyOf(hunks);
    lines = List.copyOf(lines);
  }

  /** The difference of {@code script} from {@code expectedText}, or null when they are equal. */
  public static ScriptDiff of(String expected, String expectedText, Script script) {
    if (expectedText.equals(script.text())) {
      return null;
    }
    return new ScriptDiff(
        expected,
        LineDiff.hunks(lines(expectedText), lines(script.text()), CONTEXT),
        script.lines());
  }

  /** A text's lines, without the newline that ends the last one. */
  static List<String> lines(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return body.isEmpty() && text.isEmpty() ? List.of() : Arrays.asList(body.split("\n", -1));
  }

  /** The template line an added line came from, or null for a line plumb wrote (the header). */
  public Span origin(LineDiff.Edit added) {
    if (added.newLine() < 1 || added.newLine() > lines.size()) {
      return null;
    }
    return lines.get(added.newLine() - 1).origin();
  }

  /** The first template line among the added lines, where a failure is best reported; or null. */
  public Span firstOrigin() {
    for (LineDiff.Hunk h : hunks) {
      for (LineDiff.Edit e : h.edits()) {
        if (e.kind() == '+' && origin(e) != null) {
          return origin(e);
        }
      }
    }
    return null;
  }

  /** What identical changes share: the removed and added lines, in order, without positions. */
  public List<String> signature() {
    return hunks.stream().flatMap(h -> h.change().stream()).toList();
  }

  /**
   * The unified diff, each added line preceded by the template line it came from in a left gutter:
   *
   * <pre>
   * @@ -12 +12 @@
   *                                   exec qemu-system-x86_64 \
   *                                  -  -m 512M \
   *   templates/qemu/start.plumb:14  +  -m 1G \
   * </pre>
   */
  public String render(String indent) {
    int width = 0;
    for (LineDiff.Hunk h : hunks) {
      for (LineDiff.Edit e : h.edits()) {
        width = Math.max(width, where(e).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (LineDiff.Hunk h : hunks) {
      out.append(indent).append(h.header()).append('\n');
      for (LineDiff.Edit e : h.edits()) {
        String where = where(e);
        out.append(indent);
        if (width > 0) {
          out.append(where).append(" ".repeat(width - where.length() + 2));
        }
        out.append(e.kind()).append(e.text()).append('\n');
      }
    }
    return out.toString();
  }

  private String where(LineDiff.Edit e) {
    Span origin = e.kind() == '+' ? origin(e) : null;
    return origin == null ? "" : origin.path() + ":" + origin.line();
  }
}
