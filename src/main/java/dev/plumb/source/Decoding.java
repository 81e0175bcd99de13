package dev.plumb.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What the JVM's decoding of arguments and file names may have lost. Java reads both in the
 * locale's charset ({@code sun.jnu.encoding}, which Java 17 takes from the locale alone): under
 * {@code LC_ALL=C} each byte of {@code café} past ASCII becomes U+FFFD, and a script built from
 * that text would name another path. plumb writes UTF-8 whatever the locale, so it refuses such
 * text (P511) rather than guess; these are the words of that error.
 */
public final class Decoding {
  private Decoding() {}

  /** The charset Java decoded arguments and file names with. */
  public static Charset platform() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * Whether the name of {@code path} lost bytes when Java decoded it: its text no longer names the
   * same file (a replaced byte is written back as U+FFFD's own bytes, or cannot be written at all).
   */
  public static boolean lost(Path path) {
    try {
      return !path.getFileSystem().getPath(path.toString()).equals(path);
    } catch (InvalidPathException e) {
      return true;
    }
  }

  /** What to do about text that lost bytes, naming the locale when it is the cause. */
  public static String hint() {
    Charset charset = platform();
    if (charset.equals(StandardCharsets.UTF_8)) {
      return "give it as UTF-8: plumb writes scripts in UTF-8, so the lost bytes would name"
          + " another path";
    }
    return locale()
        + " reads arguments and file names as "
        + System.getProperty("sun.jnu.encoding", charset.name())
        + ": run plumb under a UTF-8 locale such as C.UTF-8 (bin/plumb picks one when the system"
        + " has it)";
  }

  /** The locale's setting as the environment gives it: the first of LC_ALL, LC_CTYPE, LANG. */
  private static String locale() {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = System.getenv(name);
      if (value != null && !value.isEmpty()) {
        return "the locale (" + name + "=" + value + ")";
      }
    }
    return "the default locale (no LC_ALL, LC_CTYPE or LANG)";
  }
}
