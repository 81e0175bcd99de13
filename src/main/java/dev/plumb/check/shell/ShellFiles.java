package dev.plumb.check.shell;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which files a script writes are themselves shell: scripts, init scripts, and the configuration
 * files that init systems source. Names are compared with their holes as {@code *}.
 */
final class ShellFiles {
  private static final List<Pattern> SHELL_LIKE =
      List.of(
          Pattern.compile(".*\\.(sh|bash|ksh|zsh)"),
          Pattern.compile("/etc/(init\\.d|rc\\.d|conf\\.d|profile\\.d|default|sysconfig)/.*"),
          Pattern.compile("/usr/local/etc/rc\\.d/.*"),
          Pattern.compile("/etc/rc\\.conf(\\.local|\\.d/.*)?"),
          Pattern.compile("/etc/(rc\\.local|profile|environment)"),
          Pattern.compile(".*/\\.(profile|bashrc|bash_profile|kshrc|zshrc)"));

  private ShellFiles() {}

  /** The first of {@code files} that looks like shell, or null. */
  static String firstShellLike(List<String> files) {
    for (String file : files) {
      String path = file.replace("*", "x");
      for (Pattern p : SHELL_LIKE) {
        if (p.matcher(path).matches()) {
          return file;
        }
      }
    }
    return null;
  }

  /** Whether two names, holes as {@code *}, can name the same file. */
  static boolean same(String written, String run) {
    return written.equals(run) && !written.isEmpty();
  }
}
