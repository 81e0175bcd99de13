package dev.plumb.values;

/** TEMPORARY stand-in until the values branch lands. */
public final class Sizes {
  private Sizes() {}

  public static String format(long bytes) {
    String[] units = {"T", "G", "M", "K"};
    long[] mult = {1L << 40, 1L << 30, 1L << 20, 1L << 10};
    for (int i = 0; i < units.length; i++) {
      if (bytes != 0 && bytes % mult[i] == 0) {
        return bytes / mult[i] + units[i];
      }
    }
    return bytes + "B";
  }

  public static String shell(long bytes) {
    String f = format(bytes);
    return f.endsWith("B") ? f.substring(0, f.length() - 1) : f;
  }
}
