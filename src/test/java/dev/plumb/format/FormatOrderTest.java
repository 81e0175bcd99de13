package dev.plumb.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plumb.Matrix;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.diag.Code;
import dev.plumb.testing.TestPack;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Why {@code plumb fmt} keeps a manifest's declarations in the author's order: the order is
 * visible. Two declarations of one kind swapped change what commands print, or break the pack.
 */
class FormatOrderTest {
  private static final String TEMPLATE = "%template start\necho {{ vm.name }} {{ vm.dir }}\n";

  private static Pack pack(String manifest) {
    return TestPack.load(Map.of("pack.plumb", manifest, "start.plumb", TEMPLATE));
  }

  private static String manifest(String axes, String operations, String vars) {
    return "pack demo \"order\"\n" + axes + operations + vars;
  }

  private static final String AXES =
      "axis host = freebsd | linux\naxis hypervisor = bhyve | qemu\n";
  private static final String AXES_SWAPPED =
      "axis hypervisor = bhyve | qemu\naxis host = freebsd | linux\n";
  private static final String OPERATIONS = "operation start\noperation stop\n";
  private static final String VARS = "var vm.name : name\nvar vm.dir : path = \"/vm\"\n";
  private static final String VARS_SWAPPED = "var vm.dir : path = \"/vm\"\nvar vm.name : name\n";

  @Test
  void theVariablesOrderIsTheSchemas() {
    assertNotEquals(
        pack(manifest(AXES, OPERATIONS, VARS)).schema(),
        pack(manifest(AXES, OPERATIONS, VARS_SWAPPED)).schema());
  }

  @Test
  void theAxesOrderIsTheMatrixs() {
    assertNotEquals(
        cells(pack(manifest(AXES, OPERATIONS, VARS)).matrix()),
        cells(pack(manifest(AXES_SWAPPED, OPERATIONS, VARS)).matrix()));
  }

  @Test
  void theOperationsOrderIsEveryListings() {
    Pack swapped = pack(manifest(AXES, "operation stop\noperation start\n", VARS));
    assertEquals(List.of("start", "stop"), pack(manifest(AXES, OPERATIONS, VARS)).operations());
    assertEquals(List.of("stop", "start"), swapped.operations());
  }

  @Test
  void aLetReadsOnlyTheLetsAboveIt() {
    String lets = "let vm.home = vm.dir + \"/\" + vm.name\nlet vm.disk = vm.home + \"/disk.img\"\n";
    pack(manifest(AXES, OPERATIONS, VARS + lets));
    String swapped =
        "let vm.disk = vm.home + \"/disk.img\"\nlet vm.home = vm.dir + \"/\" + vm.name\n";
    PlumbException e =
        assertThrows(PlumbException.class, () -> pack(manifest(AXES, OPERATIONS, VARS + swapped)));
    assertEquals(Code.P201, e.diagnostics().get(0).code(), e.getMessage());
  }

  /** The matrix's entries in order, each cell written the same way whatever its axes' order. */
  private static List<String> cells(Matrix matrix) {
    return matrix.entries().stream()
        .map(e -> e.operation() + " " + new TreeMap<>(e.cell().values()))
        .toList();
  }
}
