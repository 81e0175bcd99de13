package dev.plumb.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The long explanation of each code, kept in {@code explain/CODE.md} beside this class. */
public final class Explanations {
  private Explanations() {}

  /** The explanation's text, or null when the code has none (a test forbids that). */
  public static String of(Code code) {
    try (InputStream in =
        Explanations.class.getResourceAsStream("/dev/plumb/explain/" + code + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
