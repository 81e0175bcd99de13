package dev.plumb.suite;

import dev.plumb.Build;
import dev.plumb.Pack;
import dev.plumb.Script;
import dev.plumb.Values;
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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A pack's tests, as {@code plumb test} runs them: build every cell with each example, compare with
 * {@code tests/snapshots/}, run the cases of {@code tests/*.cases}. For programs too: a VM manager
 * can call {@link #run} in its own test suite and read the results as data.
 */
public final class PackTests {
  /** The pack's folder of tests. */
  public static final String FOLDER = "tests";

  private PackTests() {}

  /**
   * Runs the tests of the pack in {@code folder}.
   *
   * @param shownAs how messages name the pack's folder
   * @param valueSets the values sets to build with: the pack's examples (see {@link ValueSets})
   * @param update make the snapshots what the build produces instead of comparing them
   * @param done told of each compile of the build as it finishes (from several threads)
   * @throws IOException when {@code update} cannot write the snapshots
   */
  public static TestReport run(
      Pack pack,
      Path folder,
      String shownAs,
      Map<String, Values> valueSets,
      boolean update,
      Consumer<Build.Entry> done)
      throws IOException {
    String tests = prefix(shownAs) + FOLDER;
    Build build = pack.build(valueSets, done);
    List<TestResult> results = new ArrayList<>();
    for (Build.Entry failed : build.failures()) {
      results.add(
          new TestResult(
              TestResult.Kind.BUILD,
              failed.path(),
              failed.show(),
              failed.diagnostics().isEmpty()
                  ? null
                  : failed
                      .diagnostics()
                      .get(0)
                      .withMessage(failed.show() + " does not compile: " + failed.reason()),
              null));
    }
    Snapshots snapshots =
        new Snapshots(
            folder.resolve(FOLDER).resolve(Snapshots.FOLDER), tests + "/" + Snapshots.FOLDER);
    List<String> updated = List.of();
    if (update) {
      updated = snapshots.update(build);
    } else {
      results.addAll(snapshots.compare(build));
    }
    CaseRunner runner = new CaseRunner(pack, build, valueSets);
    for (SourceFile file : caseFiles(folder.resolve(FOLDER), tests)) {
      List<Diagnostic> errors = new ArrayList<>();
      for (TestCase c : CaseParser.parse(file, errors)) {
        results.add(runner.run(c));
      }
      for (Diagnostic e : errors) {
        results.add(new TestResult(TestResult.Kind.CASE, file.path(), file.path(), e, null));
      }
    }
    List<Script> scripts = new ArrayList<>();
    build.withStatus(Build.Status.BUILT).forEach(e -> scripts.add(e.script()));
    scripts.addAll(runner.compiled());
    return new TestReport(build.pack(), build, results, scripts, updated);
  }

  /** Whether the pack has a tests folder at all. */
  public static boolean hasTests(Path folder) {
    return Files.isDirectory(folder.resolve(FOLDER));
  }

  /** A located error for a pack without tests, with what to do. */
  public static Diagnostic noTests(String shownAs) {
    return Diagnostic.error(
            Code.P602,
            Span.ofFile(new SourceFile(prefix(shownAs) + FOLDER, "")),
            "the pack has no tests: no " + FOLDER + "/ folder")
        .withHint(
            "'plumb test --update' writes a snapshot of every cell's script into "
                + FOLDER
                + "/snapshots; review and commit them");
  }

  /** Every {@code *.cases} file in the tests folder (not in snapshots), sorted, read. */
  private static List<SourceFile> caseFiles(Path tests, String shown) {
    if (!Files.isDirectory(tests)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(tests)) {
      List<Path> files =
          walk.filter(p -> p.getFileName().toString().endsWith(".cases"))
              .filter(Files::isRegularFile)
              .filter(p -> !tests.relativize(p).startsWith(Snapshots.FOLDER))
              .sorted()
              .toList();
      List<SourceFile> read = new ArrayList<>();
      for (Path p : files) {
        String rel = tests.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        read.add(new SourceFile(shown + "/" + rel, Files.readString(p, StandardCharsets.UTF_8)));
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String prefix(String shownAs) {
    return shownAs.isEmpty() || shownAs.equals(".") ? "" : shownAs.replaceAll("/+$", "") + "/";
  }
}
