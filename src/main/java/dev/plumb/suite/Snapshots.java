package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A pack's {@code tests/snapshots/}: the expected outcome of every (values, operation, cell) the
 * build compiles, one file each at the build's path: {@code VALUES/OP/CELL.sh} holds the script,
 * {@code VALUES/OP/CELL.refused} the code and message of a {@code %require} that refuses the
 * values. Unsupported and excluded cells have no file: a file for one fails, as does a built cell
 * with no file, so a change of support shows as a failure too.
 */
final class Snapshots {
  static final String FOLDER = "snapshots";
  static final String REFUSED = ".refused";
  private static final String UPDATE_HINT =
      "if the change is intended, run 'plumb test --update' and commit the snapshots";

  private final Path root;
  private final String shown;

  /**
   * @param root the snapshots folder
   * @param shown how messages name it ({@code templates/tests/snapshots})
   */
  Snapshots(Path root, String shown) {
    this.root = root;
    this.shown = shown;
  }

  /** What each file of the snapshots should hold now: path to text, for built and refused cells. */
  static Map<String, String> expected(Build build) {
    Map<String, String> files = new LinkedHashMap<>();
    for (Build.Entry e : build.entries()) {
      if (e.status() == Build.Status.BUILT) {
        files.put(e.path(), e.script().text());
      } else if (e.status() == Build.Status.REFUSED) {
        files.put(refusedPath(e), refusal(e));
      }
    }
    return files;
  }

  static String refusedPath(Build.Entry e) {
    String path = e.path();
    return path.substring(0, path.length() - ".sh".length()) + REFUSED;
  }

  /** {@code P506 Windows boots on bhyve only from the UEFI bootrom …}, one line per error. */
  static String refusal(Build.Entry e) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : e.diagnostics()) {
      out.append(d.code().name()).append(' ').append(d.message()).append('\n');
    }
    return out.toString();
  }

  /** Compares every entry with its snapshot, and every snapshot with an entry. */
  List<TestResult> compare(Build build) {
    Map<String, String> expected = expected(build);
    List<TestResult> results = new ArrayList<>();
    for (Build.Entry e : build.entries()) {
      if (e.status() == Build.Status.BUILT) {
        results.add(compareScript(e));
      } else if (e.status() == Build.Status.REFUSED) {
        results.add(compareRefusal(e));
      }
    }
    for (String path : existing()) {
      if (!expected.containsKey(path) && !produced(build, path)) {
        results.add(orphan(build, path));
      }
    }
    return results;
  }

  private TestResult compareScript(Build.Entry e) {
    String name = shown + "/" + e.path();
    String old = read(e.path());
    if (old == null) {
      return missing(e, name, "no snapshot");
    }
    ScriptDiff diff = ScriptDiff.of(name, old, e.script());
    if (diff == null) {
      return TestResult.passed(TestResult.Kind.SNAPSHOT, name, e.show());
    }
    Span at = diff.firstOrigin();
    if (at == null) {
      at = Span.ofFile(new SourceFile(name, old));
    }
    Diagnostic failure =
        Diagnostic.error(Code.P601, at, "the script of " + e.show() + " differs from " + name)
            .withHint(UPDATE_HINT);
    return new TestResult(TestResult.Kind.SNAPSHOT, name, e.show(), failure, diff);
  }

  private TestResult compareRefusal(Build.Entry e) {
    String name = shown + "/" + refusedPath(e);
    String old = read(refusedPath(e));
    if (old == null) {
      String script = read(e.path());
      return missing(
          e,
          name,
          script == null ? "no snapshot" : "it compiled before (" + shown + "/" + e.path() + ")");
    }
    if (old.equals(refusal(e))) {
      return TestResult.passed(TestResult.Kind.SNAPSHOT, name, e.show());
    }
    Diagnostic failure =
        Diagnostic.error(
                Code.P601,
                e.diagnostics().get(0).span(),
                e.show() + " is refused otherwise than " + name + " says: " + e.reason())
            .withHint(UPDATE_HINT);
    return new TestResult(TestResult.Kind.SNAPSHOT, name, e.show(), failure, null);
  }

  /** A built or refused entry with no file of its kind. */
  private TestResult missing(Build.Entry e, String name, String why) {
    String other = e.status() == Build.Status.BUILT ? refusedPath(e) : null;
    String before = other != null && read(other) != null ? "it was refused before" : why;
    Span at =
        e.status() == Build.Status.REFUSED
            ? e.diagnostics().get(0).span()
            : Span.ofFile(new SourceFile(name, ""));
    Diagnostic failure =
        Diagnostic.error(
                Code.P602,
                at,
                e.show()
                    + (e.status() == Build.Status.BUILT ? " compiles" : " is refused")
                    + ", and "
                    + name
                    + " does not exist: "
                    + before)
            .withHint(UPDATE_HINT);
    return new TestResult(TestResult.Kind.SNAPSHOT, name, e.show(), failure, null);
  }

  /** A snapshot of something the build no longer produces: say what became of it. */
  private TestResult orphan(Build build, String path) {
    String name = shown + "/" + path;
    Diagnostic failure =
        Diagnostic.error(
                Code.P603,
                Span.ofFile(new SourceFile(name, "")),
                "snapshot of nothing the pack builds now: " + whyOrphan(build, path))
            .withHint("if that is intended, 'plumb test --update' deletes it; commit the deletion");
    return new TestResult(TestResult.Kind.SNAPSHOT, name, name, failure, null);
  }

  /** The build's entry for a snapshot path (either kind), or null. */
  private static Build.Entry entryOf(Build build, String path) {
    for (Build.Entry e : build.entries()) {
      if (e.path().equals(path) || refusedPath(e).equals(path)) {
        return e;
      }
    }
    return null;
  }

  private static boolean failed(Build build, String path) {
    Build.Entry e = entryOf(build, path);
    return e != null && e.status() == Build.Status.FAILED;
  }

  /**
   * Whether the path is the other kind's file of an entry the build still produces (a script of a
   * cell refused now, or the other way round; its P602 says so) or of a failed one: no orphan.
   */
  private static boolean produced(Build build, String path) {
    Build.Entry e = entryOf(build, path);
    return e != null
        && (e.status() == Build.Status.BUILT
            || e.status() == Build.Status.REFUSED
            || e.status() == Build.Status.FAILED);
  }

  private static String whyOrphan(Build build, String path) {
    Build.Entry e = entryOf(build, path);
    if (e != null) {
      return e.show()
          + (e.status() == Build.Status.EXCLUDED ? " is excluded now (" : " is unsupported now (")
          + e.reason()
          + ")";
    }
    String[] parts = path.split("/");
    if (parts.length != 3) {
      return "it is not at VALUES/OPERATION/CELL.sh";
    }
    if (!build.valueSets().contains(parts[0])) {
      return "there is no values set '" + parts[0] + "' (examples/" + parts[0] + ".json) any more";
    }
    if (!build.operations().contains(parts[1])) {
      return "the pack has no operation '" + parts[1] + "' any more";
    }
    return "no cell of the pack is named '" + parts[2] + "'";
  }

  /** Every file under the snapshots folder, relative, with {@code /} between names, sorted. */
  List<String> existing() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A snapshot's text, or null when it does not exist. */
  private String read(String path) {
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new String(readBytes(file), StandardCharsets.UTF_8);
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the snapshots what the build produces: writes the files that differ or are missing,
   * deletes orphans (the files of failed entries are kept as they are), removes emptied folders.
   *
   * @return each file written, added or deleted, with {@code M}, {@code A} or {@code D} before it
   */
  List<String> update(Build build) throws IOException {
    Map<String, String> expected = expected(build);
    List<String> changes = new ArrayList<>();
    for (Map.Entry<String, String> f : expected.entrySet()) {
      String old = read(f.getKey());
      if (f.getValue().equals(old)) {
        continue;
      }
      Path file = root.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      changes.add((old == null ? "A " : "M ") + shown + "/" + f.getKey());
    }
    for (String path : existing()) {
      if (!expected.containsKey(path) && !failed(build, path)) {
        Files.delete(root.resolve(path));
        changes.add("D " + shown + "/" + path);
      }
    }
    removeEmptyFolders();
    return changes;
  }

  private void removeEmptyFolders() throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> folders;
    try (Stream<Path> walk = Files.walk(root)) {
      folders = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path folder : folders) {
      try (Stream<Path> listing = Files.list(folder)) {
        if (listing.findAny().isEmpty() && !folder.equals(root)) {
          Files.delete(folder);
        }
      }
    }
  }
}
