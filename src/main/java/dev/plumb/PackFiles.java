package dev.plumb;

import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the files of a pack folder: the manifest and every {@code *.plumb} below it, in a fixed
 * order, as strict UTF-8 whatever the locale. Names files as the user sees them.
 *
 * @param relative each file's path relative to the pack, with '/' separators, by display path
 */
record PackFiles(
    SourceFile manifest,
    List<SourceFile> units,
    java.util.Map<String, String> relative,
    List<Diagnostic> errors) {

  static final String MANIFEST = "pack.plumb";

  /** Reads the pack at {@code root}, shown in messages as {@code shown}. */
  static PackFiles read(Path root, String shown) {
    List<Diagnostic> errors = new ArrayList<>();
    java.util.Map<String, String> relative = new java.util.HashMap<>();
    String prefix = shown.isEmpty() || shown.equals(".") ? "" : shown.replaceAll("/+$", "") + "/";
    Path manifestPath = root.resolve(MANIFEST);
    SourceFile missing = new SourceFile(prefix + MANIFEST, "");
    if (!Files.isDirectory(root)) {
      errors.add(
          Diagnostic.error(
                  Code.P401, Span.ofFile(new SourceFile(shown, "")), "pack folder not found")
              .withHint("give a folder that holds pack.plumb"));
      return new PackFiles(missing, List.of(), relative, errors);
    }
    if (!Files.isRegularFile(manifestPath)) {
      errors.add(
          Diagnostic.error(Code.P401, Span.ofFile(missing), "the pack has no manifest")
              .withHint("a pack folder holds pack.plumb; see 'plumb explain P401'"));
      return new PackFiles(missing, List.of(), relative, errors);
    }
    SourceFile manifest = read(manifestPath, prefix + MANIFEST, errors);
    List<SourceFile> units = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> paths =
          walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".plumb"))
              .filter(p -> !p.equals(manifestPath))
              .sorted((a, b) -> slashed(root.relativize(a)).compareTo(slashed(root.relativize(b))))
              .toList();
      for (Path path : paths) {
        String rel = slashed(root.relativize(path));
        SourceFile file = read(path, prefix + rel, errors);
        if (file != null) {
          units.add(file);
          relative.put(file.path(), rel);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      errors.add(
          Diagnostic.error(
              Code.P401,
              Span.ofFile(new SourceFile(shown, "")),
              "cannot read the pack folder: " + e.getMessage()));
    }
    return new PackFiles(
        manifest == null ? missing : manifest, List.copyOf(units), relative, errors);
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

  private static String slashed(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private static SourceFile read(Path path, String shown, List<Diagnostic> errors) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw new java.nio.file.FileSystemException(
            path.toString(),
            null,
            Files.isDirectory(path)
                ? "it is a folder"
                : Files.isSymbolicLink(path) ? "it is a broken link" : "it is not a file");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      errors.add(
          Diagnostic.error(
                  Code.P401,
                  Span.ofFile(new SourceFile(shown, "")),
                  "cannot read the file: " + why(e))
              .withHint("every *.plumb below the pack folder is read as a template or fragment"));
      return null;
    }
    return decode(bytes, shown, errors);
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
