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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Writes a file all at once or not at all: into a temporary file beside it, then renamed over it,
 * so a reader never sees half a script and a failure leaves the old file as it was.
 */
final class AtomicFile {
  /** 255 (NAME_MAX) less the dot, the dot before the digits, 20 digits and ".tmp". */
  static final int NAME_BYTES = 255 - 1 - 1 - 20 - 4;

  private AtomicFile() {}

  static int write(Path absolute, Path shown, String text, boolean executable, Terminal terminal) {
    Set<PosixFilePermission> mode =
        PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    return write(absolute, shown.toString(), "the script", text, mode, terminal);
  }

  /**
   * Replaces the text of a file that exists, keeping its mode; through a symbolic link, the file it
   * leads to is replaced, and the link kept.
   */
  static int replace(Path absolute, String shown, String text, Terminal terminal) {
    Path target;
    Set<PosixFilePermission> mode;
    try {
      target = absolute.toRealPath();
      mode = Files.getPosixFilePermissions(target);
    } catch (UnsupportedOperationException e) {
      target = absolute;
      mode = null;
    } catch (IOException e) {
      return cannotWrite(shown, "the file", e, terminal);
    }
    return write(target, shown, "the file", text, mode, terminal);
  }

  /**
   * Writes {@code text} into a temporary file beside {@code absolute}, with {@code mode} (or the
   * default when null), and renames it over it.
   */
  private static int write(
      Path absolute,
      String shown,
      String what,
      String text,
      Set<PosixFilePermission> mode,
      Terminal terminal) {
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp =
          Files.createTempFile(
              dir, "." + shortened(absolute.getFileName().toString()) + ".", ".tmp");
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
      if (mode != null) {
        try {
          Files.setPosixFilePermissions(temp, mode);
        } catch (UnsupportedOperationException e) {
          temp.toFile().setExecutable(mode.contains(PosixFilePermission.OWNER_EXECUTE), false);
        }
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return Cli.OK;
    } catch (IOException e) {
      return cannotWrite(shown, what, e, terminal);
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

  private static int cannotWrite(String shown, String what, IOException e, Terminal terminal) {
    terminal.report(
        List.of(
            Diagnostic.error(
                    Code.P414,
                    Span.ofFile(new SourceFile(shown, "")),
                    "cannot write " + what + ": " + describe(e))
                .withHint("nothing was written; the file, if any, is unchanged")));
    return Cli.FAILED;
  }

  /**
   * The target's name cut to {@link #NAME_BYTES} bytes of UTF-8 (whole characters), so that the
   * temporary name ({@code .NAME.<up to 20 digits>.tmp}) fits NAME_MAX (255 bytes) whatever the
   * target's own length: it only has to be recognisable and in the same folder, for the rename to
   * be atomic.
   */
  static String shortened(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) {
      return name;
    }
    StringBuilder kept = new StringBuilder();
    int bytes = 0;
    for (int cp : name.codePoints().toArray()) {
      int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + width > NAME_BYTES) {
        break;
      }
      kept.appendCodePoint(cp);
      bytes += width;
    }
    return kept.toString();
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
