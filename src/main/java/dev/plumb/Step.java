package dev.plumb;

import dev.plumb.source.Span;
import java.util.List;

/**
 * One step of a compiled script ({@link Script#steps()}): a top-level command, a simple command or
 * a pipeline, with the lines that continue it ({@code \} at a line's end, a quote or a {@code |}
 * that goes on) and its here-document bodies. Several commands on one line ({@code a; b}) are one
 * step: a step is made of whole lines.
 *
 * @param number the 1-based step number, in script order
 * @param firstLine the number of the step's first line, as {@link ScriptLine#number()} counts it
 * @param lastLine the number of its last line
 * @param text its lines as the script has them, each ended by a newline
 * @param origin the template text line its first line came from: the one that starts the command.
 *     Its later lines may come from other template lines (an {@code %each} that unrolls arguments,
 *     an {@code %include} inside a here-document), which {@link Script#lines()} tells line by line.
 * @param via the {@code %include} and block-override steps that led to its first line, outermost
 *     first (empty for a line of the template's own body)
 */
public record Step(
    int number, int firstLine, int lastLine, String text, Span origin, List<ScriptLine.Step> via) {

  public Step {
    via = List.copyOf(via);
  }
}
