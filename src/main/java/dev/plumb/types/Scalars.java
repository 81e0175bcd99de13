package dev.plumb.types;

import dev.plumb.types.Type.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the text-like scalar types and of sizes written as text, with the words that explain
 * them; shared by values, --set and manifest defaults so all three agree.
 */
public final class Scalars {
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  public static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");
  public static final Pattern IPV4_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
  public static final Pattern SIZE = Pattern.compile("([0-9]+)([BKMGT]?)");
  public static final Pattern INT = Pattern.compile("-?[0-9]+");
  public static final int NAME_MAX = 64;

  private Scalars() {}

  /** What a value of the kind looks like, to finish "expected …". */
  public static String expected(Kind kind) {
    return switch (kind) {
      case STRING -> "a string";
      case NAME -> "a name like \"web1\"";
      case INT -> "an integer";
      case SIZE -> "a size like 512M or 2G";
      case BOOL -> "true or false";
      case PATH -> "a path like \"/vm/web1.img\"";
      case MAC -> "a mac address like \"58:9c:fc:00:00:01\"";
      case IPV4 -> "an ipv4 address like \"10.0.0.5\"";
      case SECRET -> "true (the secret is supplied when the script runs)";
    };
  }

  /** The rule a value of the kind follows, for hints and for defaults' messages. */
  public static String rule(Kind kind) {
    return switch (kind) {
      case STRING -> "text without NUL characters or unpaired surrogates";
      case NAME ->
          "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";
      case INT -> "a whole number like 42 or -3";
      case SIZE -> "a number with a unit B, K, M, G or T, like 512M or 2G";
      case BOOL -> "true or false";
      case PATH -> "non-empty text without NUL or line breaks, not starting with '-'";
      case MAC -> "six hex pairs like 58:9c:fc:00:00:01";
      case IPV4 -> "a dotted quad like 10.0.0.5, each part 0 to 255 without leading zeros";
      case SECRET -> "nothing: a secret is supplied when the script runs";
    };
  }

  /** Whether {@code text} is a valid value of a text-like kind. */
  public static boolean valid(Kind kind, String text) {
    if (!wellFormed(text)) {
      return false;
    }
    return switch (kind) {
      case STRING -> true;
      case NAME -> text.length() <= NAME_MAX && NAME.matcher(text).matches();
      case PATH ->
          !text.isEmpty()
              && !text.startsWith("-")
              && text.indexOf('\n') < 0
              && text.indexOf('\r') < 0;
      case MAC -> MAC.matcher(text).matches();
      case IPV4 -> ipv4(text);
      default -> throw new IllegalArgumentException(kind + " is not text");
    };
  }

  /** The stored form of valid text: macs are lower case, the rest as written. */
  public static String normalize(Kind kind, String text) {
    return kind == Kind.MAC ? text.toLowerCase(Locale.ROOT) : text;
  }

  /** No NUL and no unpaired surrogate: text that UTF-8 and the shell can carry. */
  public static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!IPV4_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bytes of a size written as text ({@code 512M}, or bare digits for bytes); null when the
   * text is not a size.
   *
   * @throws ArithmeticException when it does not fit in 64 bits
   */
  public static Long size(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    long unit = m.group(2).isEmpty() ? 1 : Sizes.unit(m.group(2).charAt(0));
    long number;
    try {
      number = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new ArithmeticException("size overflow");
    }
    return Math.multiplyExact(number, unit);
  }
}
