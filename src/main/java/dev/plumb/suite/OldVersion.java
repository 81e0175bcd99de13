package dev.plumb.suite;

import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The version of a pack that {@code plumb diff --against} names: a folder holding a pack, as it is,
 * or else a git revision of the pack's own folder, read into a temporary folder that {@link #close}
 * deletes.
 */
public final class OldVersion implements AutoCloseable {

  /** The option that names the old version, where its errors are located. */
  public static final String OPTION = "--against";

  private final Path folder;
  private final String shown;
  private final String label;
  private final boolean temporary;

  private OldVersion(Path folder, String shown, String label, boolean temporary) {
    this.folder = folder;
    this.shown = shown;
    this.label = label;
    this.temporary = temporary;
  }

  /** Where its files are. */
  public Path folder() {
    return folder;
  }

  /** How messages name its folder: the folder as given, or {@code REV:PACK}. */
  public String shown() {
    return shown;
  }

  /** How reports name it: {@code old}, {@code pack at HEAD~1 (commit 1a2b3c4d5e6f)}. */
  public String label() {
    return label;
  }

  /**
   * The old version {@code against} names.
   *
   * @param candidate {@code against} as a folder, resolved; null when it cannot name one
   * @param pack the new version's folder, whose git work tree a revision is read from; null for the
   *     built-in pack, which has none
   * @param packShown how messages name {@code pack}
   * @throws PlumbException P420 when it is neither a folder holding a pack nor a revision git can
   *     read
   */
  public static OldVersion open(String against, Path candidate, Path pack, String packShown) {
    if (candidate != null && Files.exists(candidate.resolve("pack.plumb"))) {
      return new OldVersion(candidate, against, against, false);
    }
    String neither =
        candidate != null && Files.isDirectory(candidate)
            ? "'" + against + "' is a folder without pack.plumb, and not a revision"
            : "'" + against + "' is not a folder holding a pack, nor a revision";
    if (pack == null) {
      throw unreadable(
          against,
          "'"
              + against
              + "' is not a folder holding a pack, and the built-in pack, which is in no git work"
              + " tree, can only be compared with one",
          "give --against DIR, the folder of the version to compare against; or --pack DIR, a"
              + " pack inside a git work tree, to compare with a revision");
    }
    Path into = temporaryFolder(against);
    try {
      String id = GitRevision.extract(pack, packShown, against, into);
      return new OldVersion(
          into,
          against + ":" + packShown,
          (packShown.equals(".") ? "the current folder" : packShown)
              + " at "
              + against
              + " (commit "
              + GitRevision.shortId(id)
              + ")",
          true);
    } catch (GitRevision.Unreadable e) {
      deleteQuietly(into);
      throw unreadable(against, e.notARevision ? neither + e.getMessage() : e.getMessage(), e.hint);
    }
  }

  private static Path temporaryFolder(String against) {
    try {
      return Files.createTempDirectory("plumb-diff-");
    } catch (IOException e) {
      throw unreadable(
          against,
          "cannot make a temporary folder to read the revision into: " + e.getMessage(),
          "check the free space and permissions of the temporary folder (java.io.tmpdir)");
    }
  }

  private static PlumbException unreadable(String against, String message, String hint) {
    SourceFile option = new SourceFile(OPTION, against);
    Span span = Span.of(option, 1, 1, against.codePointCount(0, against.length()) + 1);
    return new PlumbException(List.of(Diagnostic.error(Code.P420, span, message).withHint(hint)));
  }

  /** Deletes the folder read from git (a folder given as the old version stays); once is enough. */
  @Override
  public void close() {
    if (temporary) {
      deleteQuietly(folder);
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      BuildFolder.delete(folder);
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clean; the report is not wrong for it
    }
  }
}
