package dev.plumb.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as a person writes them ({@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms}). */
final class Durations {
  private static final Pattern WRITTEN = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

  private Durations() {}

  /**
   * The duration {@code text} writes.
   *
   * @throws UsageError when it is not a number and a unit, or is zero
   */
  static Duration parse(String option, String text) {
    Matcher m = WRITTEN.matcher(text);
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new UsageError(
          "expected " + option + " DURATION such as 30s, 5m, 1h or 500ms, got '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  /** A duration for people: {@code 0.4s}, {@code 12.0s}, {@code 3m05s}, {@code 2h01m}. */
  static String show(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + "." + d.toMillisPart() / 100 + "s";
    }
    if (seconds < 3600) {
      return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }

  /** What {@link #parse} reads back to {@code d}: how a limit the user gave is told. */
  static String written(Duration d) {
    if (d.toMillisPart() != 0) {
      return d.toMillis() + "ms";
    }
    long s = d.toSeconds();
    return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
