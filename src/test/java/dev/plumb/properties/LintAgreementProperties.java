package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.properties.Arrangements.Piece;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Lint and compile never disagree: on generated packs (here-documents, lines continued with {@code
 * \} into branches that may be skipped, a backslash-newline before {@code $}, {@code #}, {@code -}
 * or a delimiter line, {@code %if}s, {@code %each} unrolls, a fragment, a block a child overrides),
 * a pack that lints clean compiles for every cell and every values of the declared types, and a
 * cell lint calls broken (an error naming it) fails to compile for every values. Values never spell
 * a delimiter line: that is refused at compile time (P314), by the value.
 */
class LintAgreementProperties {
  /** Warnings about use, not about what compiles. */
  private static final Set<Code> USAGE = Set.of(Code.P218, Code.P219, Code.P220, Code.P221);

  @Provide
  Arbitrary<List<Piece>> pieces() {
    return Arrangements.pieces();
  }

  @Provide
  Arbitrary<String> strings() {
    return Hostile.injection().filter(s -> !s.lines().anyMatch(l -> l.strip().equals("EOF")));
  }

  @Property
  void lintAndCompileAgree(
      @ForAll("pieces") List<Piece> root,
      @ForAll("pieces") List<Piece> child,
      @ForAll("pieces") List<Piece> fragment,
      @ForAll("strings") String s)
      throws Exception {
    Map<String, String> files = Arrangements.files(root, child, fragment);
    List<Diagnostic> lint;
    Pack pack = null;
    try (TestPack dir = TestPack.temporary(TestPack.utf8(files))) {
      lint = dir.lintDiagnostics();
      pack = dir.load();
    } catch (PlumbException refused) {
      Statistics.label("pack").collect("refused at load");
      Statistics.label("refused")
          .collect(
              refused.diagnostics().stream()
                  .map(d -> d.code().name())
                  .distinct()
                  .sorted()
                  .toList()
                  .toString());
      try (TestPack dir = TestPack.temporary(TestPack.utf8(files))) {
        assertTrue(
            dir.lintDiagnostics().stream().anyMatch(Diagnostic::isError),
            "the pack does not load, but lint found no error\n" + files);
      }
      return;
    }
    // a note that lint stopped following paths (P509) means it did not read them all
    boolean clean =
        lint.stream()
            .noneMatch(
                d ->
                    d.isError()
                        || d.code() == Code.P509
                        || (!USAGE.contains(d.code()) && isWarning(d)));
    Statistics.label("pack").collect(clean ? "lints clean" : "lint finds something");
    for (String host : List.of("a", "b")) {
      boolean broken =
          lint.stream()
              .anyMatch(
                  d ->
                      d.isError()
                          && d.cell() != null
                          && ("run host=" + host).equals(d.cell().show()));
      for (boolean on : List.of(true, false)) {
        for (int n = 0; n <= 2; n++) {
          List<String> ds = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ds.add("/vm/d" + i);
          }
          Values values = Values.of(Map.of("s", s, "on", on, "ds", ds));
          String where = "host=" + host + " on=" + on + " ds=" + ds + "\n" + lint + "\n" + files;
          try {
            pack.compile("run", Cell.of("host", host), values);
            assertTrue(!broken, "lint says this cell is broken, but it compiled: " + where);
          } catch (PlumbException e) {
            List<Diagnostic> errors = e.diagnostics();
            assertTrue(
                !clean || errors.stream().allMatch(d -> d.code() == Code.P509),
                "the pack lints clean, but " + errors + " for " + where);
          }
        }
      }
    }
  }

  private static boolean isWarning(Diagnostic d) {
    return d.severity() == dev.plumb.diag.Severity.WARNING;
  }
}
