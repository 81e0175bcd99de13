package dev.plumb.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pack folder as it was at a git revision, read with git's own plumbing ({@code rev-parse},
 * {@code ls-tree}, {@code cat-file}) and written into a folder of ours: the work tree and the index
 * are never touched, so a diff against {@code HEAD~1} runs on a tree with uncommitted changes.
 */
final class GitRevision {
  private GitRevision() {}

  /**
   * Why the revision could not be read, for a P420, and what to do. When the text names no revision
   * at all ({@code notARevision}), the message ends a sentence that begins {@code 'X' is not a
   * folder holding a pack, nor a revision}: {@code : PACK is not in a git work tree}, or {@code of
   * the git work tree of PACK}.
   */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final String hint;
    final boolean notARevision;

    Unreadable(String message, String hint, boolean notARevision) {
      super(message);
      this.hint = hint;
      this.notARevision = notARevision;
    }

    Unreadable(String message, String hint) {
      this(message, hint, false);
    }
  }

  /**
   * Writes the files of the pack at {@code pack} as they were at {@code revision} into {@code
   * into}.
   *
   * @param shown how messages name the pack's folder
   * @return the commit the revision names, in full
   */
  static String extract(Path pack, String shown, String revision, Path into) throws Unreadable {
    Git git = new Git(pack);
    try {
      Git.Result where = git.run("rev-parse", "--is-inside-work-tree", "--show-prefix");
      if (!where.ok() || !where.text().startsWith("true")) {
        throw new Unreadable(
            ": " + shown + " is not in a git work tree",
            "give the folder of the version to compare against, or a revision of the pack's git"
                + " work tree",
            true);
      }
      // the second line, the pack's folder from the top of the work tree: "" or "pack/"
      String[] lines = new String(where.out(), StandardCharsets.UTF_8).split("\n");
      String prefix = lines.length > 1 ? lines[1] : "";
      Git.Result commit =
          revision.indexOf('\n') >= 0 || revision.indexOf('\0') >= 0
              ? new Git.Result(1, new byte[0], "")
              : git.run(
                  "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
      if (!commit.ok()) {
        throw new Unreadable(
            " of the git work tree of " + shown,
            "give a commit, branch or tag (HEAD~1, main, v1.2), or a folder holding a pack",
            true);
      }
      String id = commit.text();
      Git.Result tree = git.run("ls-tree", "-r", "-z", "--full-tree", id + ":" + prefix);
      if (!tree.ok()) {
        throw new Unreadable(
            shown + " did not exist at " + revision + " (commit " + shortId(id) + ")",
            "give a revision where the pack's folder exists, or the old version as a folder");
      }
      List<String> files = files(tree.out());
      StringBuilder names = new StringBuilder();
      files.forEach(f -> names.append(id).append(':').append(prefix).append(f).append('\n'));
      // links are followed inside the repository: a linked template is read as the file it names
      Git.Result blobs =
          git.run(
              names.toString().getBytes(StandardCharsets.UTF_8),
              "cat-file",
              "--batch",
              "--follow-symlinks");
      if (!blobs.ok()) {
        throw new Unreadable(
            "git could not read " + shown + " at " + revision + ": " + firstLine(blobs.err()),
            "check the repository with 'git fsck'");
      }
      write(files, blobs.out(), into);
      return id;
    } catch (Git.Missing e) {
      throw new Unreadable(
          ": git, which reads revisions, cannot be run (" + e.getMessage() + ")",
          "install git, or give the folder of the version to compare against",
          true);
    }
  }

  /** The first twelve digits of a commit id, as reports show it. */
  static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }

  /**
   * The files of an {@code ls-tree -r -z} listing: blobs and links, without submodules, nor names
   * with a line break (which {@code cat-file --batch} cannot be asked for).
   */
  private static List<String> files(byte[] listing) {
    List<String> files = new ArrayList<>();
    for (String record : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      int tab = record.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] head = record.substring(0, tab).split(" ");
      String name = record.substring(tab + 1);
      if (head.length == 3 && head[1].equals("blob") && name.indexOf('\n') < 0) {
        files.add(name);
      }
    }
    return files;
  }

  /**
   * Writes each file from {@code cat-file --batch} output, answers in the order asked: {@code ID
   * blob SIZE} and the bytes; a link out of the repository ({@code symlink SIZE}), a dangling or
   * looping one, or a missing object is left out.
   */
  private static void write(List<String> files, byte[] answers, Path into) throws Unreadable {
    int at = 0;
    for (String file : files) {
      int end = indexOf(answers, (byte) '\n', at);
      if (end < 0) {
        throw new Unreadable("git's answer ended early", "check the repository with 'git fsck'");
      }
      String[] header = new String(answers, at, end - at, StandardCharsets.UTF_8).split(" ");
      at = end + 1;
      String last = header[header.length - 1];
      if (last.equals("missing") || last.equals("ambiguous")) {
        continue;
      }
      int size = size(last);
      if (at + size > answers.length) {
        throw new Unreadable("git's answer ended early", "check the repository with 'git fsck'");
      }
      if (header.length == 3 && header[1].equals("blob")) {
        save(into, file, Arrays.copyOfRange(answers, at, at + size));
      }
      at += size + 1;
    }
  }

  private static int size(String word) throws Unreadable {
    try {
      return Integer.parseInt(word);
    } catch (NumberFormatException e) {
      throw new Unreadable(
          "git's answer is not what plumb expects: '" + word + "'",
          "check the repository with 'git fsck'; if it is sound, please report this");
    }
  }

  private static void save(Path into, String file, byte[] bytes) throws Unreadable {
    Path target = into.resolve(file).normalize();
    if (!target.startsWith(into.normalize())) {
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new Unreadable(
          "cannot write the old version into a temporary folder: " + e.getMessage(),
          "check the free space and permissions of the temporary folder (java.io.tmpdir)");
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String firstLine(String text) {
    String line = text.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl);
  }
}
