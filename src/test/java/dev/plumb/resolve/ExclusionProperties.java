package dev.plumb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Matrix;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.testing.TestPack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An excluded cell is unsupported for every operation whatever the templates say, with the
 * manifest's reason, and every other cell is as it would be without the exclusions: random
 * exclusions over random templates of two operations on a 3 × 3 matrix.
 */
class ExclusionProperties {
  private static final List<String> OS = List.of("debian", "alpine", "freebsd");
  private static final List<String> INIT = List.of("systemd", "openrc", "rcd");

  /** A {@code when} or an exclusion: for each axis, the values admitted (all when empty). */
  record Choice(List<String> os, List<String> init) {
    boolean admits(String o, String i) {
      return (os.isEmpty() || os.contains(o)) && (init.isEmpty() || init.contains(i));
    }

    String text() {
      List<String> parts = new ArrayList<>();
      if (!os.isEmpty()) {
        parts.add("os = " + String.join(" | ", os));
      }
      if (!init.isEmpty()) {
        parts.add("init = " + String.join(" | ", init));
      }
      return String.join(", ", parts);
    }
  }

  @Provide
  Arbitrary<List<Choice>> exclusions() {
    return Combinators.combine(values(OS, 1), values(INIT, 1)).as(Choice::new).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Choice> whens() {
    return Combinators.combine(values(OS, 0), values(INIT, 0)).as(Choice::new);
  }

  private static Arbitrary<List<String>> values(List<String> all, int min) {
    return Arbitraries.of(all).list().uniqueElements().ofMinSize(min).ofMaxSize(2);
  }

  @Property(tries = 60)
  void excludedCellsAreUnsupportedAndTheOthersUnchanged(
      @ForAll("exclusions") List<Choice> exclusions, @ForAll("whens") Choice specific) {
    StringBuilder excludes = new StringBuilder();
    for (int k = 0; k < exclusions.size(); k++) {
      excludes.append("exclude ").append(exclusions.get(k).text()).append(" \"fact ").append(k);
      excludes.append("\"\n");
    }
    String when = specific.text().isEmpty() ? "os = debian" : specific.text();
    Pack without = pack("", when);
    Pack with = pack(excludes.toString(), when);
    Matrix plain = without.matrix();
    Matrix excluded = with.matrix();
    for (int e = 0; e < excluded.entries().size(); e++) {
      Matrix.Entry entry = excluded.entries().get(e);
      Map<String, String> cell = entry.cell().values();
      int first = firstExcluding(exclusions, cell.get("os"), cell.get("init"));
      if (first < 0) {
        assertEquals(plain.entries().get(e), entry);
        continue;
      }
      assertTrue(entry.excluded() && !entry.supported(), entry.toString());
      assertEquals("fact " + first, entry.reason());
      PlumbException refused =
          assertThrows(
              PlumbException.class,
              () -> with.compile(entry.operation(), Cell.of(cell), Values.none()));
      assertEquals(Code.P404, refused.diagnostics().get(0).code());
      assertTrue(refused.diagnostics().get(0).message().contains("fact " + first));
    }
  }

  private static Pack pack(String excludes, String when) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "pack.plumb",
        "pack p\naxis os = debian | alpine | freebsd\naxis init = systemd | openrc | rcd\n"
            + "operation start, stop\n"
            + excludes);
    files.put("start.plumb", "%template start\necho generic\n");
    files.put("start-specific.plumb", "%template start when " + when + "\necho it\n");
    files.put("stop.plumb", "%template stop when init = systemd\necho stop\n");
    return TestPack.load(files);
  }

  private static int firstExcluding(List<Choice> exclusions, String os, String init) {
    for (int k = 0; k < exclusions.size(); k++) {
      if (exclusions.get(k).admits(os, init)) {
        return k;
      }
    }
    return -1;
  }
}
