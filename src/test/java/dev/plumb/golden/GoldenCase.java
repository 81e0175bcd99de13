package dev.plumb.golden;

import dev.plumb.testing.ShellWords;
import dev.plumb.testing.TestPack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One golden case, a folder of {@code src/test/golden} (see the README there): its command line
 * ({@code cmd}), its inputs (a mini pack, values files), the shared manifest it {@code uses}, and
 * the folder its command runs in.
 */
public final class GoldenCase {
  public static final Path ROOT = Path.of("src", "test", "golden");

  /** The manifests several cases share, {@code _shared/NAME.plumb}. */
  static final Path SHARED = ROOT.resolve("_shared");

  static final List<String> EXPECTATIONS = List.of("expected.sh", "expected.out", "expected.err");

  /** The case's files that are not inputs of its run. */
  private static final Set<String> NOT_INPUTS =
      Set.of(
          "cmd", "uses", "stdin", "expected.sh", "expected.out", "expected.err", "expected.exit");

  /** The repository's folders a command may name, copied into its run folder when it does. */
  private static final List<String> REPOSITORY = List.of("templates", "samples");

  private static final String MANIFEST = "pack/pack.plumb";

  private final Path dir;

  private GoldenCase(Path dir) {
    this.dir = dir;
  }

  /** Every case, by name; folders whose name starts with '_' hold what cases share. */
  public static List<GoldenCase> all() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().startsWith("_"))
          .sorted()
          .map(GoldenCase::new)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GoldenCase named(String name) {
    GoldenCase found = new GoldenCase(ROOT.resolve(name));
    if (!Files.isDirectory(found.dir)) {
      throw new IllegalArgumentException("no golden case " + name);
    }
    return found;
  }

  public String name() {
    return dir.getFileName().toString();
  }

  /** The case's folder in the repository. */
  public Path dir() {
    return dir;
  }

  /** The arguments of its command line, after {@code plumb}. */
  public List<String> args() {
    String text = read("cmd");
    if (!text.endsWith("\n") || text.indexOf('\n') != text.length() - 1) {
      throw new IllegalArgumentException("not exactly one line, ending in a newline");
    }
    List<String> words = ShellWords.split(text.substring(0, text.length() - 1));
    if (words.isEmpty() || !words.get(0).equals("plumb")) {
      throw new IllegalArgumentException("the command does not start with 'plumb'");
    }
    return words.subList(1, words.size());
  }

  /** What its command reads on standard input: the {@code stdin} file, or nothing. */
  public byte[] stdin() {
    return Files.exists(dir.resolve("stdin")) ? bytes(dir.resolve("stdin")) : new byte[0];
  }

  /** The name of the shared manifest it uses, or null. */
  public String uses() {
    return Files.exists(dir.resolve("uses")) ? read("uses").strip() : null;
  }

  /**
   * Its inputs as its run sees them, by path relative to the run folder, with the shared manifest.
   */
  public Map<String, byte[]> inputs() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    TestPack.read(dir)
        .forEach(
            (name, bytes) -> {
              if (!NOT_INPUTS.contains(name)) {
                files.put(name, bytes);
              }
            });
    String uses = uses();
    if (uses != null) {
      files.put(MANIFEST, bytes(shared(uses)));
    }
    return files;
  }

  /** The files of its pack folder, by path relative to it (empty when it has none). */
  public Map<String, byte[]> pack() {
    Map<String, byte[]> pack = new LinkedHashMap<>();
    inputs()
        .forEach(
            (name, bytes) -> {
              if (name.startsWith("pack/")) {
                pack.put(name.substring("pack/".length()), bytes);
              }
            });
    return pack;
  }

  /**
   * Writes the folder its command runs in below {@code into}: its inputs, and a copy of the
   * repository's {@code templates} or {@code samples} when an argument names a path in it.
   */
  public Path writeRunFolder(Path into) {
    for (String folder : REPOSITORY) {
      if (args().stream().anyMatch(a -> a.equals(folder) || a.startsWith(folder + "/"))) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        TestPack.read(Path.of(folder))
            .forEach((name, bytes) -> copy.put(folder + "/" + name, bytes));
        TestPack.writeFiles(into, copy);
      }
    }
    TestPack.writeFiles(into, inputs());
    return into;
  }

  /** What is wrong with the case's files; empty when nothing is. */
  List<String> problems(boolean blessing) {
    List<String> problems = new ArrayList<>();
    if (!Files.exists(dir.resolve("cmd"))) {
      problems.add("no cmd file");
    } else {
      try {
        args();
      } catch (IllegalArgumentException e) {
        problems.add("cmd: " + e.getMessage());
      }
    }
    if (Files.exists(dir.resolve("args"))) {
      problems.add("an args file (the old format): write its arguments as one line in cmd");
    }
    long expectations = EXPECTATIONS.stream().filter(e -> Files.exists(dir.resolve(e))).count();
    if (expectations != 1 && !blessing) {
      problems.add(expectations + " expectation files, want exactly 1");
    }
    String uses = uses();
    Path own = dir.resolve(MANIFEST);
    if (uses != null && !Files.exists(shared(uses))) {
      problems.add("uses " + uses + ", but there is no " + shared(uses));
    } else if (uses != null && Files.exists(own)) {
      problems.add("uses " + uses + " and has a manifest of its own");
    } else if (uses == null && Files.exists(own)) {
      for (String name : sharedNames()) {
        if (Arrays.equals(bytes(own), bytes(shared(name)))) {
          problems.add(
              "its manifest is " + shared(name) + ": delete it, and write " + name + " in uses");
        }
      }
    }
    return problems;
  }

  /** The names of the shared manifests. */
  static List<String> sharedNames() {
    try (Stream<Path> files = Files.list(SHARED)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".plumb"))
          .map(f -> f.substring(0, f.length() - ".plumb".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path shared(String name) {
    return SHARED.resolve(name + ".plumb");
  }

  private String read(String file) {
    return new String(bytes(dir.resolve(file)), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
