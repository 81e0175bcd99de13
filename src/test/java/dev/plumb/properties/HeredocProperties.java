package dev.plumb.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumb.Cell;
import dev.plumb.Pack;
import dev.plumb.PlumbException;
import dev.plumb.Script;
import dev.plumb.Values;
import dev.plumb.diag.Code;
import dev.plumb.diag.Diagnostic;
import dev.plumb.properties.Arrangements.Piece;
import dev.plumb.testing.TestPack;
import dev.plumb.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * §3.2 across files and branches: here-document openers, bodies and delimiter lines scattered at
 * random through {@code %if} branches, a fragment included anywhere and a block a child template
 * overrides. Whatever the arrangement, each cell either compiles to a script that runs no value as
 * shell under dash and bash (no canary file), or is refused with diagnostics; a good share of the
 * arrangements compile, so the property is not vacuous.
 */
class HeredocProperties {
  /** The value given to every hole: it makes a canary in any context it is wrongly quoted for. */
  private static final List<String> ATTACKS =
      List.of(
          "$(touch canary)",
          "`touch canary`",
          "x; touch canary",
          "x\ntouch canary",
          "'; touch canary; '",
          "\"; touch canary; \"",
          "$(touch canary)\nEOF\ntouch canary");

  private static final List<List<String>> SHELLS = List.of(List.of("dash"), List.of("bash"));

  private static Path bin;

  @BeforeContainer
  static void setUp() throws Exception {
    Tools.require("dash", "dash");
    Tools.require("bash", "bash");
    bin = Files.createTempDirectory("plumb-stub");
    // a delimiter line run as a command must not stop the script before a later line can misbehave
    Path eof = bin.resolve("EOF");
    Files.writeString(eof, "#!/bin/sh\n");
    Files.setPosixFilePermissions(eof, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterContainer
  static void tearDown() {
    TestPack.delete(bin);
  }

  @Provide
  Arbitrary<List<Piece>> pieces() {
    return Arrangements.pieces();
  }

  @Provide
  Arbitrary<String> attacks() {
    return Arbitraries.oneOf(
        Arbitraries.of(ATTACKS),
        Arbitraries.of(ATTACKS).flatMap(a -> Hostile.injection().map(h -> Hostile.cut(h, 40) + a)));
  }

  @Property
  void noArrangementRunsAValue(
      @ForAll("pieces") List<Piece> root,
      @ForAll("pieces") List<Piece> child,
      @ForAll("pieces") List<Piece> fragment,
      @ForAll("attacks") String value)
      throws Exception {
    Map<String, String> files = Arrangements.files(root, child, fragment);
    Pack pack;
    try {
      pack = TestPack.load(files);
    } catch (PlumbException refused) {
      Statistics.label("pack").collect("refused " + codes(refused));
      return;
    }
    Statistics.label("pack").collect("loaded");
    for (String host : List.of("a", "b")) {
      for (boolean on : List.of(true, false)) {
        Script script;
        try {
          script =
              pack.compile("run", Cell.of("host", host), Values.of(Map.of("s", value, "on", on)));
        } catch (PlumbException refused) {
          Statistics.label("cell").collect("refused " + codes(refused));
          continue;
        }
        Statistics.label("cell")
            .collect(script.text().contains("<<") ? "compiled, with a here-document" : "compiled");
        for (List<String> shell : SHELLS) {
          run(shell, script.text(), files);
        }
      }
    }
    Statistics.label("cell")
        .coverage(
            coverage -> coverage.check("compiled, with a here-document").percentage(p -> p >= 5));
  }

  /**
   * Lint reads every path a cell may take: each P316 a compile finds (code and place) is among
   * lint's findings, and a cell lint names in an error (a path the cell alone decides) fails to
   * compile whatever the values.
   */
  @Property
  void lintFindsWhatCompileFinds(
      @ForAll("pieces") List<Piece> root,
      @ForAll("pieces") List<Piece> child,
      @ForAll("pieces") List<Piece> fragment)
      throws Exception {
    Map<String, String> files = Arrangements.files(root, child, fragment);
    List<Diagnostic> lint;
    Pack pack;
    try (TestPack dir = TestPack.temporary(TestPack.utf8(files))) {
      lint = dir.lintDiagnostics();
      pack = dir.load();
    } catch (PlumbException refused) {
      return;
    }
    Set<String> linted = new TreeSet<>();
    for (Diagnostic d : lint) {
      if (d.code() == Code.P316 || d.code() == Code.P320) {
        linted.add(d.code() + " " + d.span());
      }
    }
    for (String host : List.of("a", "b")) {
      boolean certain =
          lint.stream()
              .anyMatch(
                  d ->
                      d.isError()
                          && d.cell() != null
                          && ("run host=" + host).equals(d.cell().show()));
      for (boolean on : List.of(true, false)) {
        try {
          pack.compile("run", Cell.of("host", host), Values.of(Map.of("s", "x", "on", on)));
          assertFalse(
              certain,
              () ->
                  "lint says every run host="
                      + host
                      + " fails, but it compiled with on="
                      + on
                      + "\n"
                      + lint
                      + "\n"
                      + files);
        } catch (PlumbException e) {
          for (Diagnostic d : e.diagnostics()) {
            if (d.code() == Code.P316 || d.code() == Code.P320) {
              assertTrue(
                  linted.contains(d.code() + " " + d.span()),
                  () ->
                      "compile found "
                          + d
                          + " in host="
                          + host
                          + ", on="
                          + on
                          + "; lint found "
                          + linted
                          + "\n"
                          + files);
            }
          }
        }
      }
    }
  }

  private static void run(List<String> shell, String script, Map<String, String> files)
      throws Exception {
    Path work = Files.createTempDirectory("plumb-run");
    try {
      Tools.runScript(
          shell, script, work, Map.of("PATH", bin + ":/usr/bin:/bin", "HOME", work.toString()));
      assertFalse(
          Files.exists(work.resolve("canary")),
          () -> shell + " ran a value as shell:\n" + script + "\nfrom the pack " + files);
    } finally {
      TestPack.delete(work);
    }
  }

  private static String codes(PlumbException refused) {
    return refused.diagnostics().stream()
        .map(d -> d.code().name())
        .distinct()
        .sorted()
        .toList()
        .toString();
  }

  /** The rendering itself is part of the specification: a sample, byte for byte. */
  @net.jqwik.api.Example
  void renderingBalancesDirectives() {
    assertEquals(
        """
            %if on
            cat >> out <<EOF
            %else
            echo {{ s }}
            %end
            %block body
            EOF
            %end
            """,
        Arrangements.render(
            List.of(
                Piece.END,
                Piece.IF_ON,
                Piece.OPEN,
                Piece.ELSE,
                Piece.ELSE,
                Piece.ECHO,
                Piece.END,
                Piece.BLOCK,
                Piece.BLOCK,
                Piece.DELIMITER),
            "s",
            true));
  }
}
