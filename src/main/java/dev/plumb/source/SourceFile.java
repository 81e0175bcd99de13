package dev.plumb.source;

import java.util.ArrayList;
import java.util.List;

/** The text of one input file (template, manifest or values), named as the user sees it. */
public final class SourceFile {
  private final String path;
  private final String text;
  private final List<String> lines;

  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
    this.lines = splitLines(text);
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The 1-based line {@code n} without its line break, or "" past the end. */
  public String line(int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
  }

  public int lineCount() {
    return lines.size();
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
