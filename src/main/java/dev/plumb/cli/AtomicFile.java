package dev.plumb.cli;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes a file all at once or not at all: into a temporary file beside it, then renamed over it,
 * so a reader never sees half a script and a failure leaves the old file as it was.
 */
final class AtomicFile {
  private AtomicFile() {}

  static int write(Path absolute, Path shown, String text, boolean executable, Terminal terminal) {
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
      try {
        Files.setPosixFilePermissions(
            temp, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        temp.toFile().setExecutable(executable, false);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return Cli.OK;
    } catch (IOException e) {
      terminal.report(
          List.of(
              Diagnostic.error(
                      Code.P414,
                      Span.ofFile(new SourceFile(shown.toString(), "")),
                      "cannot write the script: " + describe(e))
                  .withHint("nothing was written; the file, if any, is unchanged")));
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

  /** The reason in words, without the temporary file's name (nobody asked for it). */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName();
  }
}
