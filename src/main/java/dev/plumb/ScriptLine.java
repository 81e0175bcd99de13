package dev.plumb;

import dev.plumb.source.Span;

/**
 * One line of a compiled script and where it came from.
 *
 * @param number the 1-based line number in the script
 * @param origin the template text line that produced it, or null for lines plumb adds
 *     (the header, {@code --annotate} comments)
 */
public record ScriptLine(int number, String text, Span origin) {}
