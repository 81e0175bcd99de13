package dev.plumb.source;

import java.util.ArrayList;
import java.util.List;

/** The text of one input file (template, manifest or values), named as the user sees it. */
public final class SourceFile {
  private final String path;
  private final String text;

  /**
   * The lines, split when first asked for: most files of a pack a compile reads are never shown in
   * a message, and a pack read whole only to be hashed must not pay for splitting every file.
   * Racing threads may each split; they get equal lists.
   */
  private volatile List<String> lines;

  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
  }

  private List<String> lines() {
    List<String> split = lines;
    if (split == null) {
      split = splitLines(text);
      lines = split;
    }
    return split;
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The 1-based line {@code n} without its line break, or "" past the end. */
  public String line(int n) {
    List<String> all = lines();
    return n >= 1 && n <= all.size() ? all.get(n - 1) : "";
  }

  public int lineCount() {
    return lines().size();
  }

  private static List<String> splitLines(String text) {
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        result.add(text.substring(start, end));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      result.add(text.substring(start));
    }
    return List.copyOf(result);
  }

  @Override
  public String toString() {
    return path;
  }
}
