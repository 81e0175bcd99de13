package dev.plumb.evaluate;

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
import java.util.List;

/**
 * A small pack written to a temporary folder, for whole-pipeline specifications: its files, then
 * the script body a cell compiles to (the header plumb adds is left out) or the diagnostics
 * rendered as {@code CODE file:line:column: message}.
 */
public final class TestPack {
  /** The manifest of the golden cases' test pack, plus a few types used by the specifications. */
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

  public static final Cell BHYVE = Cell.of("host", "freebsd", "hypervisor", "bhyve");
  public static final Cell QEMU = Cell.of("host", "linux", "hypervisor", "qemu");

  private final Path dir;

  private TestPack(Path dir) {
    this.dir = dir;
  }

  /** Writes the manifest and the files, given as name, text, name, text… */
  public static TestPack write(Path dir, String manifest, String... namesAndTexts) {
    try {
      Files.writeString(dir.resolve("pack.plumb"), manifest, StandardCharsets.UTF_8);
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        Path file = dir.resolve(namesAndTexts[i]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, namesAndTexts[i + 1], StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestPack(dir);
  }

  /** With the standard {@link #MANIFEST}. */
  public static TestPack of(Path dir, String... namesAndTexts) {
    return write(dir, MANIFEST, namesAndTexts);
  }

  public Pack load() {
    return Pack.load(dir, "p");
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

  /** Every diagnostic lint reports, errors and warnings. */
  public List<String> lint() {
    return render(Pack.lint(dir, "p"));
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
