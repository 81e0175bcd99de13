package dev.plumb.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
            new Terminal(out, err, colour, Path.of("").toAbsolutePath()));
    out.flush();
    err.flush();
    System.exit(code);
  }
}
