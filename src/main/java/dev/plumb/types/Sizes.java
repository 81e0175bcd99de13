package dev.plumb.types;

/**
 * Writes sizes in the largest unit that divides them exactly (docs/language.md §1.4): 2048M is 2G,
 * 1536M stays 1536M, and a size no unit divides is a number of bytes.
 */
public final class Sizes {
  private static final char[] UNITS = {'T', 'G', 'M', 'K'};
  private static final int[] SHIFTS = {40, 30, 20, 10};

  private Sizes() {}

  /** For messages and JSON: {@code 2G}, {@code 1536M}, {@code 1000B}. */
  public static String format(long bytes) {
    String unit = unit(bytes);
    return unit != null ? unit : bytes + "B";
  }

  /** For scripts: {@code 2G}, {@code 1536M}, and bare digits for bytes ({@code 1000}). */
  public static String shell(long bytes) {
    String unit = unit(bytes);
    return unit != null ? unit : Long.toString(bytes);
  }

  private static String unit(long bytes) {
    if (bytes == 0) {
      return null;
    }
    for (int i = 0; i < UNITS.length; i++) {
      long step = 1L << SHIFTS[i];
      if (bytes % step == 0) {
        return (bytes / step) + String.valueOf(UNITS[i]);
      }
    }
    return null;
  }

  /** The bytes of a unit letter B K M G T (×1024 per step). */
  public static long unit(char letter) {
    return switch (letter) {
      case 'B' -> 1L;
      case 'K' -> 1L << 10;
      case 'M' -> 1L << 20;
      case 'G' -> 1L << 30;
      case 'T' -> 1L << 40;
      default -> throw new IllegalArgumentException("unit " + letter);
    };
  }
}
