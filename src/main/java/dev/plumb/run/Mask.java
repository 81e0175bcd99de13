package dev.plumb.run;

import java.util.Comparator;
import java.util.List;

/**
 * Hides secrets' values in text: each occurrence becomes {@value #HIDDEN}. The longest value is
 * replaced first, so that a secret holding another one is hidden whole. Empty values hide nothing.
 */
final class Mask {
  static final String HIDDEN = "***";

  private final List<String> values;

  Mask(List<String> values) {
    this.values =
        values.stream()
            .filter(v -> !v.isEmpty())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  String apply(String text) {
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, HIDDEN);
    }
    return masked;
  }
}
