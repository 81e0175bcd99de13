package dev.plumb.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code plumb} command: runs the CLI and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
    int code =
        Cli.run(
            args,
            Arguments.raw(args),
            new Terminal(
                out,
                err,
                colour,
                Path.of("").toAbsolutePath(),
                new FileInputStream(FileDescriptor.in),
                System.getenv(),
                stderrIsTerminal()));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Whether standard error is a terminal. Java 17 cannot ask isatty(2) of one stream: on Linux the
   * link {@code /proc/self/fd/2} names the terminal device; elsewhere a console (standard input and
   * output both terminals) is taken as the sign.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
