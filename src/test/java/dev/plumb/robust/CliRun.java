package dev.plumb.robust;

import dev.plumb.cli.Cli;
import dev.plumb.cli.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {
  static CliRun of(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            args,
            new Terminal(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                dir));
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The first lines of stderr, enough to say what went wrong. */
  String errHead() {
    return err.length() > 2000 ? err.substring(0, 2000) + "…" : err;
  }
}
