package dev.plumb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.testing.TestPack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arguments of '%include' checked against the fragment's parameter types at the call site: record
 * literals field by field, string literals as valid paths, names, macs and ipv4s, lists element by
 * element. Each row is the argument list and what loading gives ({@code ok} and the compiled line
 * when it loads).
 */
class FragmentArgumentsTest {
  @TempDir Path dir;

  private static final String FRAGMENT =
      """
      %fragment f(n: nic, p: path, m: mac?, l: list<name>)
      nic {{ n.tap }} {{ n.mac }} {{ p }} {{ default(m, "00:00:00:00:00:00") }} {{ l }}
      """;

  @ParameterizedTest(name = "f({0})")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{tap: \"tap0\", mac: \"58:9c:fc:00:00:01\"}, \"/vm/x\", \"58:9c:fc:00:00:02\", [\"a\", \"b\"]"
            + "|ok: nic tap0 58:9c:fc:00:00:01 /vm/x 58:9c:fc:00:00:02 a b",
        "{mac: \"58:9c:fc:00:00:01\", tap: vm.name}, vm.dir, \"58:9c:fc:00:00:02\", []"
            + "|`ok: nic web1 58:9c:fc:00:00:01 /vm 58:9c:fc:00:00:02 `",
        "{tap: \"tap0\", mac: \"58:9c:fc:00:00:01\", speed: 1}, \"/x\", \"58:9c:fc:00:00:02\", []"
            + "|P210 p/start.plumb:2:52: nic has no field 'speed'",
        "{tap: \"tap0\", tap: \"tap1\", mac: \"58:9c:fc:00:00:01\"}, \"/x\", \"58:9c:fc:00:00:02\", []"
            + "|P212 p/start.plumb:2:26: field 'tap' given twice",
        "{tap: \"tap0\"}, \"/x\", \"58:9c:fc:00:00:02\", []"
            + "|P204 p/start.plumb:2:12: parameter 'n' of fragment 'f': the nic record lacks its field 'mac'",
        "{tap: 1, mac: \"58:9c:fc:00:00:01\"}, \"/x\", \"58:9c:fc:00:00:02\", []"
            + "|P204 p/start.plumb:2:18: expected name, got int",
        "vm.nics[0], \"-x\", \"58:9c:fc:00:00:02\", []"
            + "|P204 p/start.plumb:2:24: parameter 'p' of fragment 'f': \"-x\" is not a valid path: expected non-empty text without NUL or line breaks, not starting with '-'",
        "vm.nics[0], \"/x\", \"58:9c:fc:00:00\", []"
            + "|P204 p/start.plumb:2:30: parameter 'm' of fragment 'f': \"58:9c:fc:00:00\" is not a valid mac: expected six hex pairs like 58:9c:fc:00:00:01",
        "vm.nics[0], \"/x\", \"58:9c:fc:00:00:02\", [\"a b\"]"
            + "|P204 p/start.plumb:2:52: \"a b\" is not a valid name: expected letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters",
        "vm.nics[0], \"/x\", \"58:9c:fc:00:00:02\", [1]"
            + "|P204 p/start.plumb:2:52: expected name, got int",
        "vm.nics[0], \"\", \"58:9c:fc:00:00:02\", []"
            + "|P204 p/start.plumb:2:24: parameter 'p' of fragment 'f': \"\" is not a valid path: expected non-empty text without NUL or line breaks, not starting with '-'",
      })
  void arguments(String arguments, String expected) {
    TestPack pack =
        TestPack.of(
            dir,
            "start.plumb",
            "%template start\n%include f(" + arguments + ")\n",
            "f.plumb",
            FRAGMENT);
    String actual;
    try {
      String body =
          pack.body(
              Values.of(
                  java.util.Map.of(
                      "vm",
                      java.util.Map.of(
                          "nics",
                          List.of(java.util.Map.of("tap", "tap9", "mac", "58:9c:fc:00:00:09"))))));
      actual = "ok: " + body.substring(0, body.length() - 1);
    } catch (PlumbException e) {
      actual = String.join(" // ", TestPack.messages(TestPack.render(e.diagnostics())));
    }
    assertEquals(expected, actual);
  }
}
