package dev.plumb;

import dev.plumb.diag.Checked;
import dev.plumb.diag.Diagnostic;
import dev.plumb.format.Formatter;
import dev.plumb.pipeline.PackFiles;
import dev.plumb.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code plumb fmt}: pack files in one canonical layout (README, "Formatting"). A file is read as a
 * manifest when it is named {@code pack.plumb}, else as a template or fragment; one that does not
 * read without errors is not formatted. Formatting never changes what a cell compiles to.
 */
public final class Format {
  private static final String MANIFEST = "pack.plumb";
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Format() {}

  /**
   * {@code text} in canonical layout.
   *
   * @param shownAs how messages name the file
   * @param manifest whether it is a manifest, else a template or fragment
   * @throws PlumbException with the errors of reading it, when it does not read
   */
  public static String text(String shownAs, String text, boolean manifest) {
    Checked<String> formatted = Formatter.format(new SourceFile(shownAs, text), manifest);
    if (formatted.value() == null) {
      throw new PlumbException(formatted.diagnostics());
    }
    return formatted.value();
  }

  /**
   * Every file of the pack in {@code folder} (its manifest and every {@code *.plumb} below it, as
   * {@link Pack#load} reads them), named in messages under {@code shownAs}.
   */
  public static Formatting pack(Path folder, String shownAs) {
    PackFiles read = PackFiles.read(folder, shownAs);
    List<Diagnostic> errors = new ArrayList<>(read.errors());
    List<Formatted> files = new ArrayList<>();
    SourceFile manifest = read.manifest();
    // a pack without its manifest, or a manifest that cannot be read, is an error already
    boolean manifestRead =
        Files.isRegularFile(folder.resolve(MANIFEST))
            && errors.stream().noneMatch(d -> d.span().file().path().equals(manifest.path()));
    if (manifestRead) {
      format(folder.resolve(MANIFEST), manifest, true, files, errors);
    }
    for (SourceFile unit : read.units()) {
      format(folder.resolve(read.relative().get(unit.path())), unit, false, files, errors);
    }
    return new Formatting(files, errors);
  }

  /** The files given, each named in messages as {@code shownAs} names it, at the same index. */
  public static Formatting files(List<Path> paths, List<String> shownAs) {
    List<Diagnostic> errors = new ArrayList<>();
    List<Formatted> files = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      SourceFile file = PackFiles.readOne(path, shownAs.get(i), errors);
      if (file != null) {
        boolean manifest =
            path.getFileName() != null && path.getFileName().toString().equals(MANIFEST);
        format(path, file, manifest, files, errors);
      }
    }
    return new Formatting(files, errors);
  }

  private static void format(
      Path path,
      SourceFile file,
      boolean manifest,
      List<Formatted> files,
      List<Diagnostic> errors) {
    Checked<String> formatted = Formatter.format(file, manifest);
    if (formatted.value() == null) {
      errors.addAll(formatted.diagnostics());
      return;
    }
    String before = (startsWithByteOrderMark(path) ? "\uFEFF" : "") + file.text();
    files.add(new Formatted(path, file.path(), before, formatted.value()));
  }

  /** Whether the file starts with UTF-8's byte order mark, which reading it skipped. */
  private static boolean startsWithByteOrderMark(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return Arrays.equals(in.readNBytes(BYTE_ORDER_MARK.length), BYTE_ORDER_MARK);
    } catch (IOException e) {
      // it was read a moment ago; if it cannot be now, writing it will say so
      return false;
    }
  }
}
