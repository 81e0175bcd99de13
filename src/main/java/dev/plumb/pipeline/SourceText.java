package dev.plumb.pipeline;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.source.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the files of one pack within its bounds: each a regular file of at most {@link
 * #MAX_FILE_BYTES}, all of them together at most {@link #MAX_PACK_BYTES}, and strict UTF-8 whatever
 * the locale. A file is read whole, parsed and kept while the pack is loaded, so an unbounded one
 * (a 3 GB file, a link to a log, thousands of large files) would exhaust the heap before any
 * message; past a bound it is a located error and is not read at all.
 */
final class SourceText {
  /** The largest file (the manifest or a template): as large as the largest script. */
  static final int MAX_FILE_BYTES = 1 << 20;

  /** The most bytes of all the files of a pack together. */
  static final long MAX_PACK_BYTES = 4L << 20;

  private final List<Diagnostic> errors;
  private long total;

  SourceText(List<Diagnostic> errors) {
    this.errors = errors;
  }

  /**
   * The file's text, or null after reporting why it cannot be read; {@code unsaved}, when not null,
   * is the text an editor holds for it, read in place of the disk's within the same bounds.
   */
  SourceFile read(Path path, String shown, String unsaved) {
    byte[] bytes;
    if (unsaved != null) {
      bytes = unsaved.getBytes(StandardCharsets.UTF_8);
    } else {
      bytes = fromDisk(path, shown);
      if (bytes == null) {
        return null;
      }
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return refused(shown, "the file is larger than 1 MiB", "a template may be at most 1 MiB");
    }
    total += bytes.length;
    if (total > MAX_PACK_BYTES) {
      return refused(
          shown,
          "with this file the pack is larger than 4 MiB",
          "the files of a pack may hold at most 4 MiB together");
    }
    return decode(bytes, shown, errors);
  }

  /** The file's bytes, at most one past the bound, or null after reporting why they cannot be. */
  private byte[] fromDisk(Path path, String shown) {
    try {
      if (!Files.isRegularFile(path)) {
        throw new FileSystemException(path.toString(), null, FileNames.kind(path));
      }
      // never more than the bound in memory, even from a file that grows while it is read
      try (InputStream in = Files.newInputStream(path)) {
        return in.readNBytes(MAX_FILE_BYTES + 1);
      }
    } catch (IOException e) {
      errors.add(
          Diagnostic.error(
                  Code.P401,
                  Span.ofFile(new SourceFile(shown, "")),
                  "cannot read the file: " + why(e))
              .withHint("every *.plumb below the pack folder is read as a template or fragment"));
      return null;
    }
  }

  /** Whether the files read so far are over {@link #MAX_PACK_BYTES}: read no more of them. */
  boolean full() {
    return total > MAX_PACK_BYTES;
  }

  private SourceFile refused(String shown, String message, String bound) {
    errors.add(
        Diagnostic.error(Code.P401, Span.ofFile(new SourceFile(shown, "")), message)
            .withHint(bound + ", as large as a script; give bulk data to the script when it runs"));
    return null;
  }

  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
  }

  /** Strict UTF-8: a malformed byte or a NUL is a located error, never a replacement character. */
  static SourceFile decode(byte[] bytes, String shown, List<Diagnostic> errors) {
    Utf8.Decoded decoded = Utf8.decode(bytes);
    if (decoded.errorOffset() >= 0) {
      // the text with the malformed bytes replaced, only to show the line
      errors.add(
          at(
                  new SourceFile(shown, decoded.text()),
                  decoded.errorOffset(),
                  String.format(
                      "the file is not valid UTF-8: byte 0x%02X cannot start or continue a character",
                      bytes[decoded.errorByte()] & 0xff))
              .withHint("save the file as UTF-8"));
      return null;
    }
    String text = decoded.text();
    SourceFile file = new SourceFile(shown, text.startsWith("\uFEFF") ? text.substring(1) : text);
    int nul = file.text().indexOf('\0');
    if (nul >= 0) {
      errors.add(at(file, nul, "the file contains a NUL character"));
      return null;
    }
    return file;
  }

  /** A P109 at the character {@code offset} of the file's text. */
  private static Diagnostic at(SourceFile file, int offset, String message) {
    String text = file.text();
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    int column = text.codePointCount(lineStart, offset) + 1;
    return Diagnostic.error(Code.P109, Span.of(file, line, column, column + 1), message);
  }
}
