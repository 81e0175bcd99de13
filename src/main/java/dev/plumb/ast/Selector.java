package dev.plumb.ast;

import dev.plumb.source.Point;
import dev.plumb.source.Span;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code when} clause of a template: for each constrained axis, the values it admits. An empty
 * selector admits every cell.
 */
public record Selector(List<Choice> choices, Span span) {

  /** {@code axis = a | b}. */
  public record Choice(String axis, List<String> values, Span span) {
    public Choice {
      values = Words.of(values);
    }
  }

  public static Selector any(Span span) {
    return new Selector(List.of(), span);
  }

  /** How many axes this selector constrains: the specificity of a template. */
  public int specificity() {
    return choices.size();
  }

  /** Whether the cell (axis → value) is admitted. */
  public boolean admits(Point cell) {
    return refusal(cell) == null;
  }

  /** The first choice that does not admit the cell, or null when every one does. */
  public Choice refusal(Point cell) {
    for (Choice choice : choices) {
      if (!choice.values().contains(cell.value(choice.axis()))) {
        return choice;
      }
    }
    return null;
  }

  /** The same text for selectors that admit the same cells the same way, whatever their order. */
  public String key() {
    TreeMap<String, TreeSet<String>> sorted = new TreeMap<>();
    for (Choice c : choices) {
      sorted.computeIfAbsent(c.axis(), a -> new TreeSet<>()).addAll(c.values());
    }
    return sorted.toString();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Choice c : choices) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(c.axis()).append(" = ").append(String.join(" | ", c.values()));
    }
    return out.toString();
  }
}
