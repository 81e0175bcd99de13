package dev.plumb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The types a manifest declares: ranges only on int and size, in their own units, never empty;
 * record types by name; unknown names. A declaration with a wrong type is reported once, and the
 * templates that use it get no second error. List literals are nested at most 48 deep.
 */
class DeclaredTypesTest {
  private static final String AXES =
      """
      pack t "declared types"
      axis host = freebsd | linux
      axis hypervisor = bhyve | qemu
      operation start
      type nic = { tap: name, mac: mac }
      """;

  @TempDir Path dir;

  private List<String> loadErrors(String vars, String body) {
    return TestPack.messages(
        TestPack.write(dir, AXES + vars, "start.plumb", "%template start\n" + body).loadErrors());
  }

  private String compiled(String vars, String body) {
    return TestPack.write(dir, AXES + vars, "start.plumb", "%template start\n" + body)
        .body(Values.none());
  }

  @Test
  void aRangeOnAnotherTypeIsReportedOnceAndTheVariableKeepsItsType() {
    assertEquals(
        List.of("P216 p/pack.plumb:6:9: only int and size types take a range"),
        loadErrors("var s : string 1..2 = \"a\"\n", "echo {{ s }}\n"));
    assertEquals(
        List.of("P216 p/pack.plumb:6:9: only int and size types take a range"),
        loadErrors("var n : nic 1..2\n", "echo {{ n }}\n"));
  }

  @Test
  void aRangeIsInTheUnitsOfItsType() {
    assertEquals(
        List.of("P216 p/pack.plumb:6:14: a size range takes sizes like 64M, not plain numbers"),
        loadErrors("var m : size 1..2 = 1M\n", "echo {{ m }}\n"));
    assertEquals(
        List.of("P216 p/pack.plumb:6:13: an int range takes plain numbers, not sizes"),
        loadErrors("var n : int 1M..2M = 1\n", "echo {{ n }}\n"));
  }

  @Test
  void aRangeMayHoldOneValueButNotNone() {
    assertEquals("echo 5\n", compiled("var n : int 5..5 = 5\n", "echo {{ n }}\n"));
    assertEquals(
        List.of("P216 p/pack.plumb:6:9: the range is empty: its minimum is above its maximum"),
        loadErrors("var n : int 6..5\n", "echo {{ n }}\n"));
  }

  @Test
  void aRecordTypeIsUsedByName() {
    assertEquals(
        "echo tap0 58:9c:fc:00:00:01\n",
        compiled(
            "var n : nic = {tap: \"tap0\", mac: \"58:9c:fc:00:00:01\"}\n",
            "echo {{ n.tap }} {{ n.mac }}\n"));
  }

  @Test
  void anUnknownTypeIsReportedOnce() {
    assertEquals(
        List.of("P214 p/pack.plumb:6:9: unknown type 'strin'"),
        loadErrors("var s : strin\n", "echo {{ s }}\n"));
  }

  /**
   * A literal 48 deep is as deep as an expression may be written; '%let's wrapping one in another
   * go deeper, which the checker stops. Nested literals are checked in linear time.
   */
  @Test
  @Timeout(20)
  void listLiteralsNest48DeepAndNoDeeper() {
    int depth = ExprChecker.MAX_LIST_DEPTH;
    String ok = "[".repeat(depth - 1) + "[1]" + "]".repeat(depth - 1);
    assertEquals("echo 1\n", compiled("", "%let l = " + ok + "\necho {{ len(l) }}\n"));
    assertEquals(
        List.of("P110 p/start.plumb:3:10: lists are nested more than 48 deep"),
        loadErrors("", "%let l = " + ok + "\n%let m = [l]\necho {{ len(m) }}\n"));
  }
}
