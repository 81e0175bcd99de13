package dev.plumb;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

  /** The file's text, or null after reporting why it cannot be read. */
  SourceFile read(Path path, String shown) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw new java.nio.file.FileSystemException(path.toString(), null, FileNames.kind(path));
      }
      // never more than the bound in memory, even from a file that grows while it is read
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_FILE_BYTES + 1);
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
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static int lineEnd(byte[] bytes, int from) {
    int end = from;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    return end;
  }

  /** Strict UTF-8: a malformed byte or a NUL is a located error, never a replacement character. */
  static SourceFile decode(byte[] bytes, String shown, List<Diagnostic> errors) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      String lineText =
          new String(bytes, lineStart, lineEnd(bytes, bad) - lineStart, StandardCharsets.UTF_8);
      SourceFile shownFile = new SourceFile(shown, "\n".repeat(line - 1) + lineText);
      errors.add(
          Diagnostic.error(
                  Code.P109,
                  Span.of(shownFile, line, column, column + 1),
                  String.format(
                      "the file is not valid UTF-8: byte 0x%02X cannot start or continue a character",
                      bytes[bad] & 0xff))
              .withHint("save the file as UTF-8"));
      return null;
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SourceFile file = new SourceFile(shown, text);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      int column =
          text.substring(text.lastIndexOf('\n', nul) + 1, nul)
                  .codePointCount(0, nul - text.lastIndexOf('\n', nul) - 1)
              + 1;
      errors.add(
          Diagnostic.error(
              Code.P109,
              Span.of(file, line, column, column + 1),
              "the file contains a NUL character"));
      return null;
    }
    return file;
  }
}
