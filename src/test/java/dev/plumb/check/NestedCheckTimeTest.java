package dev.plumb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Pack;
import dev.plumb.diag.Diagnostic;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions nested just under the parser's 48 levels are checked in time linear in their depth.
 * The checker infers some parts twice (a list's elements against its element type, the argument of
 * {@code default()} on an error): it once took 2^depth steps, hours at 46.
 */
class NestedCheckTimeTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @Timeout(30)
  @CsvSource(
      delimiter = '|',
      value = {
        "len([[…[1]…]])         | 46 | 'len(' | [ | 1 | ] | ) | ''",
        "default(default(…))    | 46 | '' | default( | vm.cpus | ', 1)' | '' | P204",
        "present(present(…))    | 46 | '' | present( | vm.console | ) | '' | P204",
        "str(str(…))            | 46 | '' | str( | vm.cpus | ) | '' | ''",
        "join([join([…])])      | 23 | '' | 'join([' | vm.note | '], \",\")' | '' | ''",
      })
  void deepExpressionsAreCheckedQuickly(
      String name,
      int depth,
      String before,
      String open,
      String inner,
      String close,
      String after,
      String codes) {
    String expr = before + open.repeat(depth) + inner + close.repeat(depth) + after;
    TestPack.of(dir, "start.plumb", "%template start\necho {{ " + expr + " }}\n");
    Set<String> found = new TreeSet<>();
    for (Diagnostic d : Pack.lint(dir, "p")) {
      if (d.isError()) {
        found.add(d.code().name());
      }
    }
    assertEquals(codes.isEmpty() ? Set.of() : Set.of(codes), found, name);
  }
}
