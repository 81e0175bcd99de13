package dev.plumb.testing;

import dev.plumb.Cell;
import dev.plumb.CompileOptions;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Diagnostic;
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
 * The one builder of test packs: files by name (text or bytes) written to a folder, then loaded,
 * linted or compiled. A pack written into a folder the test owns ({@link #of}, {@link #write},
 * {@link #in}) is shown as {@code p} in messages, short in expectations; a {@link #temporary} one,
 * in a fresh folder deleted by {@link #close}, is shown as {@code pack}. The compile helpers give
 * the script body a cell compiles to (the header plumb adds is left out) or the diagnostics
 * rendered as {@code CODE file:line:column: message}.
 */
public final class TestPack implements AutoCloseable {
  /** The manifest of the specifications' packs: the golden vmtest pack and a few more types. */
  public static final String MANIFEST =
      """
      pack vmtest "test pack"

      axis host       = freebsd | linux
      axis hypervisor = bhyve | qemu

      operation start, stop

      type nic = { tap: name, mac: mac }

      var vm.name     : name = "web1"                     "instance name"
      var vm.memory   : size 64M..1T = 1G                 "guest RAM"
      var vm.cpus     : int 1..64 = 2                     "virtual CPUs"
      var vm.disks    : list<path> = ["/vm/a.img", "/vm/b c.img"] "disk images"
      var vm.nics     : list<nic> = []                    "network interfaces"
      var vm.console  : path?                             "serial console device"
      var vm.dir      : path = "/vm"                      "where the VM's files live"
      var vm.note     : string = ""                       "free text"
      var vm.tags     : list<string> = []                 "free words"
      var vm.password : secret?                           "VNC password"
      var vm.key      : secret?                           "another secret"
      var vm.boot     : bios | uefi = bios                "boot firmware"
      var vm.big      : int = 0                           "any int"
      var vm.on       : bool = false                      "a switch"
      """;

  /** A manifest with one host axis, operation {@code run} and a variable of a few types. */
  public static final String RUN_MANIFEST =
      """
      pack robust "robustness tests"
      axis host = linux | freebsd
      operation run
      var n  : int = 1
      var b  : bool = true
      var s  : string = "x"
      var l  : list<int> = [1, 2]
      var ls : list<string> = []
      """;

  public static final Cell BHYVE = Cell.of("host", "freebsd", "hypervisor", "bhyve");
  public static final Cell QEMU = Cell.of("host", "linux", "hypervisor", "qemu");

  /** The pack's folder. */
  public final Path root;

  private final Map<String, byte[]> files;
  private final String shown;
  private final boolean temporary;

  private TestPack(Path root, Map<String, byte[]> files, String shown, boolean temporary) {
    this.root = root;
    this.files = files;
    this.shown = shown;
    this.temporary = temporary;
  }

  // ---- files by name

  /** Files given as name, text, name, text…, in that order. */
  public static Map<String, byte[]> files(String... namesAndTexts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** Text files as UTF-8 bytes, in the same order. */
  public static Map<String, byte[]> utf8(Map<String, String> texts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  /**
   * The manifest {@link #RUN_MANIFEST} and {@code run.plumb} holding {@code body} after its header.
   */
  public static Map<String, byte[]> run(String body) {
    return files("pack.plumb", RUN_MANIFEST, "run.plumb", "%template run\n" + body);
  }

  /** Every regular file below {@code folder}, by path relative to it with '/' separators. */
  public static Map<String, byte[]> read(Path folder) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Writes {@code files} (relative path to bytes) below {@code folder}, making folders. */
  public static void writeFiles(Path folder, Map<String, byte[]> files) {
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = folder.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code folder} and everything below it, if it is there. */
  public static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- packs

  /** Writes {@code files} into {@code dir}, a folder the test owns. */
  public static TestPack in(Path dir, Map<String, byte[]> files) {
    writeFiles(dir, files);
    return new TestPack(dir, new LinkedHashMap<>(files), "p", false);
  }

  /** Writes the manifest and the files, given as name, text, name, text…, into {@code dir}. */
  public static TestPack write(Path dir, String manifest, String... namesAndTexts) {
    Map<String, byte[]> files = files("pack.plumb", manifest);
    files.putAll(files(namesAndTexts));
    return in(dir, files);
  }

  /** With the standard {@link #MANIFEST}. */
  public static TestPack of(Path dir, String... namesAndTexts) {
    return write(dir, MANIFEST, namesAndTexts);
  }

  /**
   * The standard {@link #MANIFEST} and {@code start.plumb} holding {@code body} after its header.
   */
  public static TestPack start(Path dir, String body) {
    return of(dir, "start.plumb", "%template start\n" + body);
  }

  /** Writes {@code files} below a new temporary folder, deleted by {@link #close}. */
  public static TestPack temporary(Map<String, byte[]> files) {
    try {
      Path root = Files.createTempDirectory("plumb-test");
      writeFiles(root, files);
      return new TestPack(root, new LinkedHashMap<>(files), "pack", true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the pack made of {@code files} (name to text) from a temporary folder, deleted after. */
  public static Pack load(Map<String, String> files) {
    try (TestPack pack = temporary(utf8(files))) {
      return pack.load();
    }
  }

  /** Deletes a {@link #temporary} pack's folder; a pack in a folder the test owns stays. */
  @Override
  public void close() {
    if (temporary) {
      delete(root);
    }
  }

  /** Keeps a copy of the files under {@code target/robust-failures/LABEL-N} and says where. */
  public String save(String label) {
    try {
      Path base = Files.createDirectories(Path.of("target", "robust-failures"));
      Path copy = Files.createTempDirectory(base, label + "-");
      writeFiles(copy, files);
      return copy.toAbsolutePath().toString();
    } catch (IOException | UncheckedIOException e) {
      return "(could not save the input: " + e + ")";
    }
  }

  // ---- load, lint, compile

  public Pack load() {
    return Pack.load(root, shown);
  }

  /** Every diagnostic lint reports, errors and warnings. */
  public List<Diagnostic> lintDiagnostics() {
    return Pack.lint(root, shown);
  }

  /** As {@link #lintDiagnostics()}, rendered. */
  public List<String> lint() {
    return render(lintDiagnostics());
  }

  public Script script(String operation, Cell cell, Values values, CompileOptions options) {
    return load().compile(operation, cell, values, options);
  }

  /** The script's lines after {@code set -eu}, joined with newlines. */
  public String body(String operation, Cell cell, Values values) {
    return body(script(operation, cell, values, CompileOptions.defaults()).text());
  }

  public String body(Cell cell, Values values) {
    return body("start", cell, values);
  }

  public String body(Values values) {
    return body("start", BHYVE, values);
  }

  public String body() {
    return body(Values.none());
  }

  public static String body(String script) {
    int start = script.indexOf("set -eu\n");
    if (start < 0) {
      throw new AssertionError("no 'set -eu' in\n" + script);
    }
    return script.substring(start + "set -eu\n".length());
  }

  /** The errors of compiling: loading must succeed, compiling must fail. */
  public List<String> compileErrors(String operation, Cell cell, Values values) {
    Pack pack = load();
    try {
      String text = pack.compile(operation, cell, values).text();
      throw new AssertionError("compiled, but errors were expected:\n" + text);
    } catch (PlumbException e) {
      return render(e.diagnostics());
    }
  }

  public List<String> compileErrors(Values values) {
    return compileErrors("start", BHYVE, values);
  }

  /** The errors of loading the pack (it must not load). */
  public List<String> loadErrors() {
    try {
      load();
      throw new AssertionError("the pack loaded, but errors were expected");
    } catch (PlumbException e) {
      return render(e.diagnostics());
    }
  }

  /** {@code CODE file:line:column: message}, and {@code [hint]} when there is one. */
  public static List<String> render(List<Diagnostic> diagnostics) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      String where =
          d.span().hasPosition()
              ? d.span().path() + ":" + d.span().line() + ":" + d.span().column()
              : d.span().path();
      out.add(
          d.code()
              + " "
              + where
              + ": "
              + d.message()
              + (d.hint() == null ? "" : " [" + d.hint() + "]"));
    }
    return out;
  }

  /** As {@link #render}, without hints. */
  public static List<String> messages(List<String> rendered) {
    return rendered.stream()
        .map(s -> s.contains(" [") ? s.substring(0, s.indexOf(" [")) : s)
        .toList();
  }
}
