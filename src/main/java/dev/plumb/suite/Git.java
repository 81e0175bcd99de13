package dev.plumb.suite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs git in a folder, with its standard input given and its outputs collected whole. Only the
 * commands that read the repository are run: none takes a lock on the index or writes the work tree
 * ({@code GIT_OPTIONAL_LOCKS=0} keeps even an index refresh away).
 */
final class Git {
  /** What a git command printed, and its exit code. */
  record Result(int exit, byte[] out, String err) {
    boolean ok() {
      return exit == 0;
    }

    /** Standard output as text, without its last line end. */
    String text() {
      return new String(out, StandardCharsets.UTF_8).strip();
    }
  }

  /** git could not be started: it is not installed, or not on the PATH. */
  static final class Missing extends Exception {
    private static final long serialVersionUID = 1L;

    Missing(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final Path folder;

  Git(Path folder) {
    this.folder = folder;
  }

  /** Runs {@code git -C FOLDER ARGS…} with nothing on its standard input. */
  Result run(String... args) throws Missing {
    return run(new byte[0], args);
  }

  /** Runs {@code git -C FOLDER ARGS…}, writing {@code input} to its standard input. */
  Result run(byte[] input, String... args) throws Missing {
    List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new Missing(e);
    }
    // the three streams are served at once: a pipe left full would stop git, and us with it
    Thread writer = pump(() -> write(process.getOutputStream(), input));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors = pump(() -> copy(process.getErrorStream(), err));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      copy(process.getInputStream(), out);
      int exit = process.waitFor();
      writer.join();
      errors.join();
      return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      return new Result(-1, new byte[0], "interrupted");
    }
  }

  private static Thread pump(Runnable work) {
    Thread t = new Thread(work, "plumb-git");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void write(OutputStream to, byte[] input) {
    try (to) {
      to.write(input);
    } catch (IOException e) {
      // git exited without reading all of it: its exit code and stderr say why
    }
  }

  private static void copy(InputStream from, ByteArrayOutputStream to) {
    try (from) {
      from.transferTo(to);
    } catch (IOException e) {
      // a broken pipe from a process that died: its exit code says so
    }
  }
}
