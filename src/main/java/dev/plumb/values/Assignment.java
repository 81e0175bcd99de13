package dev.plumb.values;

import dev.plumb.source.SourceFile;
import java.util.Objects;

/** One {@code --set NAME=TEXT}: TEXT is read by the declared type of NAME when bound. */
public record Assignment(String name, String text) {
  public Assignment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The assignment as the user typed it, so its errors can point at the name or the value. */
  public SourceFile source() {
    return new SourceFile("--set", name + "=" + text);
  }

  /** The char offset of TEXT in {@link #source()}. */
  public int valueOffset() {
    return name.length() + 1;
  }
}
