package dev.plumb.run;

import java.util.List;

/**
 * One command of a step, as {@link CommandReader} reads it.
 *
 * @param words its words as written (quotes kept), redirections and their targets left out
 * @param text its text in the step, from its first word to its end (without the {@code ;} or line
 *     end after it)
 * @param alone whether it stands alone: not in a pipeline, not in an {@code &&} / {@code ||} list
 * @param background whether it runs in the background ({@code &})
 * @param heredoc whether it has a here-document
 */
record StepCommand(
    List<String> words, String text, boolean alone, boolean background, boolean heredoc) {
  StepCommand {
    words = List.copyOf(words);
  }
}
