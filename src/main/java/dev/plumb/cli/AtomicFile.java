package dev.plumb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file all at once or not at all: into a temporary file beside it, then renamed
 * over it, so a reader never sees half a script and a failure leaves the old file as it was.
 */
final class AtomicFile {
  private AtomicFile() {}

  static int write(Path absolute, Path shown, String text, Terminal terminal) {
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        temp.toFile().setExecutable(true, false);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return Cli.OK;
    } catch (IOException e) {
      terminal.err().println(shown + ": error: cannot write the script: " + describe(e));
      return Cli.FAILED;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the rename already consumed it, or the folder is gone: nothing left to clean
        }
      }
    }
  }

  private static String describe(IOException e) {
    String what = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
  }
}
