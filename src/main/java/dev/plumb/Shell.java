package dev.plumb;

import java.util.List;

/**
 * The shell a {@link Runner} runs a script with, found on plumb's own {@code PATH}. bash runs in
 * its POSIX mode, as it does when installed as {@code /bin/sh}.
 */
public enum Shell {
  SH("sh"),
  DASH("dash"),
  BASH("bash", "--posix"),
  BUSYBOX("busybox", "sh");

  private final List<String> command;

  Shell(String... command) {
    this.command = List.of(command);
  }

  /** The command that runs a script file given after it. */
  public List<String> command() {
    return command;
  }

  /** Its name on plumb's command line: {@code sh}, {@code dash}, {@code bash}, {@code busybox}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
