package dev.plumb.editor;

import dev.plumb.diag.Diagnostic;
import dev.plumb.diag.Suggest;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixes a "did you mean" hint describes: the misspelt word replaced by each name it suggests.
 * The word is the one whole name within the finding's span that is near every suggestion by {@link
 * Suggest}'s own measure: most spans are that word, but some are wider (an axis choice {@code host
 * = freebds}, an {@code %include} with its arguments, a field after its record). A span that holds
 * no such word, or more than one, gets no fix: replacing the wrong word would break the file.
 */
final class DidYouMean {
  /** One segment of a name, as the grammar's identifiers and the values' keys spell them. */
  private static final String SEGMENT = "[A-Za-z_][A-Za-z0-9_]*";

  private DidYouMean() {}

  static List<Fix> fixes(Diagnostic d) {
    List<String> suggested = Suggest.asked(d.hint());
    Span word = suggested.isEmpty() ? null : misspelt(d.span(), suggested);
    if (word == null) {
      return List.of();
    }
    String was = word.text();
    return suggested.stream()
        .map(name -> new Fix("Change '" + was + "' to '" + name + "'", Positions.range(word), name))
        .toList();
  }

  /** The only whole word of {@code span} near every suggestion, or null. */
  private static Span misspelt(Span span, List<String> suggested) {
    if (!span.hasPosition()) {
      return null;
    }
    Pattern words = shaped(suggested);
    List<Span> found = new ArrayList<>();
    for (int line = span.line(); line <= span.endLine(); line++) {
      String text = span.file().line(line);
      int from = line == span.line() ? offset(text, span.column()) : 0;
      int to = line == span.endLine() ? offset(text, span.endColumn()) : text.length();
      Matcher m = words.matcher(text).region(from, to).useTransparentBounds(true);
      while (m.find()) {
        if (!inString(text, from, m.start()) && nearAll(m.group(), suggested)) {
          int column = text.codePointCount(0, m.start()) + 1;
          found.add(
              Span.of(span.file(), line, column, column + (int) m.group().codePoints().count()));
        }
      }
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * Whole words shaped as the suggestions are: with their '%' when they have one, dotted or
   * hyphenated only when they are, so that {@code tpa} in {@code vm.nics[0].tpa} is a word of its
   * own for the field {@code tap}, while {@code vm.nmae} is one word for the variable {@code
   * vm.name}.
   */
  private static Pattern shaped(List<String> suggested) {
    String prefix = suggested.stream().allMatch(s -> s.startsWith("%")) ? "%" : "";
    StringBuilder separators = new StringBuilder();
    for (String separator : List.of(".", "-")) {
      if (suggested.stream().anyMatch(s -> s.contains(separator))) {
        separators.append(separator);
      }
    }
    String joined = separators.isEmpty() ? "" : "(?:[" + separators + "]" + SEGMENT + ")*";
    String wordChars = "A-Za-z0-9_" + separators;
    return Pattern.compile(
        "(?<![%"
            + wordChars
            + "])"
            + Pattern.quote(prefix)
            + SEGMENT
            + joined
            + "(?!["
            + wordChars
            + "])");
  }

  /**
   * Whether {@code at} is inside a string that starts in the span's part of the line, from {@code
   * from}: {@code tap: "tap0"} misspells {@code tap} once, not twice.
   */
  private static boolean inString(String text, int from, int at) {
    boolean inside = false;
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\\' && inside) {
        i++;
      } else if (c == '"') {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Whether every suggestion is one {@link Suggest#close} would make for {@code word}. */
  private static boolean nearAll(String word, List<String> suggested) {
    return suggested.stream().allMatch(name -> Suggest.close(word, List.of(name)).contains(name));
  }

  /** The UTF-16 offset of 1-based code point column {@code column}, within the line. */
  private static int offset(String text, int column) {
    int index = Math.min(Math.max(column - 1, 0), text.codePointCount(0, text.length()));
    return text.offsetByCodePoints(0, index);
  }
}
