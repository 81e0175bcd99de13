package dev.plumb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Candidates;
import dev.plumb.Candidates.Outcome;
import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.testing.TestPack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Pack.candidates}: every template of an operation weighed for a cell, as compiling chooses;
 * and the values API that several files need ({@code Values.fromYaml}, {@code and}).
 */
class CandidatesApiTest {
  private static final Pack PACK =
      TestPack.load(
          Map.of(
              "pack.plumb",
              TestPack.MANIFEST,
              "any.plumb",
              "%template start\necho any\n",
              "bhyve.plumb",
              "%template start when hypervisor = bhyve\n"
                  + "%if host == linux\n%unsupported \"no bhyve on Linux\"\n%end\necho bhyve\n",
              "qemu.plumb",
              "%template start when hypervisor = qemu\necho qemu\n",
              "tuned.plumb",
              "%template start when host = freebsd, hypervisor = qemu\n"
                  + "%extends start when hypervisor = qemu\n"));

  private static List<String> outcomes(Candidates c) {
    return c.candidates().stream().map(t -> t.template() + " " + t.outcome()).toList();
  }

  @Test
  void theMostSpecificAdmittingTemplateIsChosenAndEveryOtherSaysWhyNot() {
    Candidates c = PACK.candidates("start", Cell.of("host", "freebsd", "hypervisor", "qemu"));
    assertEquals(
        List.of(
            "tuned.plumb CHOSEN",
            "qemu.plumb LESS_SPECIFIC",
            "any.plumb LESS_SPECIFIC",
            "bhyve.plumb NOT_ADMITTED"),
        outcomes(c));
    assertEquals(List.of("tuned.plumb", "qemu.plumb"), c.chain());
    assertTrue(c.supported());
    Candidates.Candidate bhyve = c.candidates().get(3);
    assertEquals("hypervisor = bhyve", bhyve.when());
    assertEquals(1, bhyve.specificity());
    assertEquals("its when wants hypervisor = bhyve; the cell has hypervisor=qemu", bhyve.reason());
    assertEquals(
        "less specific than tuned.plumb, which constrains 2 axes", c.candidates().get(2).reason());
  }

  @Test
  void theChosenTemplateMayMakeTheCellUnsupported() {
    Candidates c = PACK.candidates("start", Cell.of("host", "linux", "hypervisor", "bhyve"));
    assertEquals(Outcome.CHOSEN, c.candidates().get(0).outcome());
    assertEquals("no bhyve on Linux", c.unsupported());
    assertEquals(3, c.unsupportedAt().line());
    assertTrue(!c.supported());
    Candidates supported =
        PACK.candidates("start", Cell.of("host", "freebsd", "hypervisor", "bhyve"));
    assertNull(supported.unsupported());
  }

  @Test
  void aRequestThatDoesNotFitThePackFailsAsCompileDoes() {
    PlumbException e =
        assertThrows(
            PlumbException.class, () -> PACK.candidates("strat", Cell.of("host", "freebsd")));
    assertEquals(
        List.of(Code.P402, Code.P405), e.diagnostics().stream().map(d -> d.code()).toList());
  }

  @Test
  void yamlValuesAndLaterValuesWin() {
    Values base = Values.fromJson("base.json", "{\"vm\": {\"name\": \"base\", \"cpus\": 3}}");
    Values later = Values.fromYaml("later.yaml", "vm:\n  name: later\n");
    Pack pack =
        TestPack.load(
            Map.of(
                "pack.plumb",
                TestPack.MANIFEST,
                "start.plumb",
                "%template start\necho {{ vm.name }} {{ vm.cpus }}\n"));
    Cell cell = Cell.of("host", "freebsd", "hypervisor", "bhyve");
    assertTrue(pack.compile("start", cell, base.and(later)).text().endsWith("echo later 3\n"));
    assertTrue(pack.compile("start", cell, later.and(base)).text().endsWith("echo base 3\n"));
    PlumbException e =
        assertThrows(
            PlumbException.class,
            () -> pack.compile("start", cell, later.and(Values.fromYaml("bad.yaml", "vm: [1\n"))));
    assertEquals("bad.yaml", e.diagnostics().get(0).span().path());
  }
}
