package dev.plumb.evaluate;

/**
 * basename and dirname as POSIX basename(1) and dirname(1) define them, on text; except that a
 * basename starting with '-' is written {@code ./-x}, the same file, so that the basename of a path
 * is still a path (which never starts with '-', so a command cannot read it as an option). dirname
 * needs no such care: it is a prefix of its argument, "." or "/".
 */
final class Paths {
  private Paths() {}

  static String basename(String path) {
    String trimmed = trimSlashes(path);
    if (trimmed.isEmpty()) {
      return path.isEmpty() ? "" : "/";
    }
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return last.startsWith("-") ? "./" + last : last;
  }

  static String dirname(String path) {
    String trimmed = trimSlashes(path);
    if (trimmed.isEmpty()) {
      return path.isEmpty() ? "." : "/";
    }
    int slash = trimmed.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    String parent = trimSlashes(trimmed.substring(0, slash));
    return parent.isEmpty() ? "/" : parent;
  }

  private static String trimSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
