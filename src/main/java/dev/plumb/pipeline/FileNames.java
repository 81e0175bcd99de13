package dev.plumb.pipeline;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.Decoding;
import dev.plumb.source.OneLine;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The names of a pack's files as plumb may show them. A name is written into every script's {@code
 * # from:} comment (and {@code --annotate}'s), the matrix and every report: one holding a line
 * break would end a comment and run the rest as a command, so it is refused when the pack is read,
 * before any output can carry it. (The script writer escapes names too, as a second guard.)
 */
final class FileNames {
  private FileNames() {}

  /**
   * The error for the file at {@code path} relative to the pack (named {@code relative} with '/'
   * separators, shown as {@code shown}), or null when its name is fine.
   */
  static Diagnostic check(Path path, String relative, String shown) {
    if (Decoding.lost(path)) {
      // the name in Java's text is not the file's: refused, so no script names another file
      return Diagnostic.error(
              Code.P511,
              Span.ofFile(new SourceFile(OneLine.escape(shown), "")),
              "bytes of this file's name could not be decoded and were read as U+FFFD")
          .withHint(Decoding.hint());
    }
    int bad = relative.codePoints().filter(OneLine::breaks).findFirst().orElse(-1);
    if (bad < 0) {
      return null;
    }
    return Diagnostic.error(
            Code.P401,
            Span.ofFile(new SourceFile(OneLine.escape(shown), "")),
            "the file's name holds a control character ("
                + OneLine.escape(Character.toString(bad))
                + "), which would break the script's comments")
        .withHint("rename it: every script names its templates in a '# from:' comment");
  }

  /**
   * What {@code path}, which is not a regular file, is instead, following links as reading would: a
   * link to {@code /dev/zero} is a device, not a broken link.
   */
  static String kind(Path path) {
    if (Files.isDirectory(path)) {
      return "it is a folder";
    }
    if (!Files.exists(path)) {
      return Files.isSymbolicLink(path) ? "it is a broken link" : "it does not exist";
    }
    String what;
    try {
      what =
          switch ((Integer) Files.getAttribute(path, "unix:mode") & 0170000) {
            case 0020000, 0060000 -> " (a device)";
            case 0010000 -> " (a named pipe)";
            case 0140000 -> " (a socket)";
            default -> "";
          };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      what = ""; // a file system without Unix modes: no more to say
    }
    return "it is not a regular file" + what;
  }
}
