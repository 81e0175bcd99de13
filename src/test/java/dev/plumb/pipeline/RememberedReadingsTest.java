package dev.plumb.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.diag.Failure;
import dev.plumb.emit.Line;
import dev.plumb.values.Supplied;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A compiler that remembers the shell readings of the paths it took (and the values it bound)
 * writes what a compiler meeting each path for the first time writes: the same script, line for
 * line and segment for segment, or the same errors. Every (operation, cell) of the built-in pack,
 * with its examples and with values that take other paths (no NICs, no disks, consoles, displays),
 * compiled one after another by one compiler, each checked against a new compiler's first compile;
 * and a script's text, written first, is the text of its lines, made when asked for.
 */
class RememberedReadingsTest {
  @Test
  void aRememberedReadingIsTheReadingItself() throws IOException {
    PackModel model = PackLoader.load(PackFiles.read(BuiltIn.folder(), BuiltIn.SHOWN_AS)).value();
    SupportMatrix matrix = Matrices.of(model);
    CellCompiler remembering = new CellCompiler(model);
    int compiles = 0;
    int refusals = 0;
    for (Supplied values : valueSets()) {
      for (SupportMatrix.Entry entry : matrix.entries()) {
        if (!entry.supported()) {
          continue;
        }
        String first = outcome(new CellCompiler(model), entry, values);
        // twice: the second compile of a path is served from what the first remembered
        assertEquals(first, outcome(remembering, entry, values), entry + " " + values);
        assertEquals(first, outcome(remembering, entry, values), entry + " " + values);
        compiles++;
        refusals += first.startsWith("refused") ? 1 : 0;
      }
    }
    // both outcomes are exercised, many times
    assertTrue(compiles > 2000 && refusals > 100, compiles + " compiles, " + refusals + " refused");
  }

  private static List<Supplied> valueSets() throws IOException {
    List<Supplied> sets = new ArrayList<>();
    try (Stream<Path> files = Files.list(BuiltIn.folder().resolve("examples"))) {
      for (Path file : files.sorted().toList()) {
        Supplied example = Supplied.fromJson(file, file.getFileName().toString());
        sets.add(example);
        sets.add(example.with("vm.nics", "[]"));
        sets.add(example.with("vm.console", "true").with("vm.display", "2"));
      }
    }
    return sets;
  }

  /** The script's lines with their sources, or the errors. */
  private static String outcome(CellCompiler compiler, SupportMatrix.Entry entry, Supplied values) {
    try {
      CellCompiler.Compiled compiled =
          compiler.compile(entry.operation(), entry.cell(), values, true, 1 << 20);
      StringBuilder out = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (Line line : compiled.lines()) {
        out.append(line).append('\n');
        text.append(line.text()).append('\n');
      }
      // the text is written first, the lines with their segments when asked for: the same text
      assertEquals(text.toString(), compiled.text(), entry.toString());
      return out.toString();
    } catch (Failure failure) {
      return "refused " + failure.diagnostics();
    }
  }
}
